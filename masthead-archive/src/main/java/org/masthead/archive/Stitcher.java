package org.masthead.archive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masthead.model.Article;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.Page;
import org.masthead.model.Section;

/**
 * Joins items that jump between pages (下转第三版 … 上接第一版) into logical articles.
 *
 * <p>Stitching happens when an edition is read, from its current pages, so the result never depends on
 * the order pages were ingested in and a revised page re-stitches by itself. A jump from page P to page N
 * is matched to an item on page N that continues from P; when several do, the one whose headline shares
 * the longest run of characters with the jumping item's (the continuation repeats the headline, often
 * shortened). What cannot be matched stays an article of its own and is reported as a finding.
 */
final class Stitcher {

    /** The edition's logical articles in reading order, and the jumps that found no partner. */
    record Result(List<Article> articles, List<Finding> unmatched) {
    }

    private Stitcher() {
    }

    static Result stitch(String slug, Edition edition) {
        Map<Item, Integer> pageOf = new IdentityHashMap<>();
        for (Page page : edition.pages()) {
            page.items().forEach(item -> pageOf.put(item, page.number()));
        }
        // First link every jump to its partner, then read chains from the items nothing jumps to.
        Set<Item> continuations = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Item, Item> next = new IdentityHashMap<>();
        List<Finding> unmatched = new ArrayList<>();
        for (Page page : edition.pages()) {
            for (Item item : page.items()) {
                if (item.continuedOn() == null) {
                    continue;
                }
                Item partner = partner(edition, item, page.number(), continuations);
                if (partner == null) {
                    unmatched.add(new Finding("unmatched-jump", slug, edition.date(), page.number(),
                            "\"" + name(item) + "\" on page " + page.number() + " jumps to page " + item.continuedOn()
                                    + (page(edition, item.continuedOn()) == null ? ", which the archive does not hold"
                                            : ", where no item continues from page " + page.number())));
                } else {
                    continuations.add(partner);
                    next.put(item, partner);
                }
            }
        }
        List<List<Item>> chains = new ArrayList<>();
        Set<Item> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Page page : edition.pages()) {
            for (Item item : page.items()) {
                if (!continuations.contains(item)) {
                    chains.add(chain(item, next, placed));
                }
            }
        }
        // Items only reachable through a cycle of jumps (a converter's mistake) still become articles.
        for (Page page : edition.pages()) {
            for (Item item : page.items()) {
                if (!placed.contains(item)) {
                    chains.add(chain(item, next, placed));
                }
            }
        }
        List<Article> articles = new ArrayList<>();
        for (List<Item> chain : chains) {
            Item head = chain.get(0);
            if (head.continuedFrom() != null) {
                unmatched.add(new Finding("unmatched-continuation", slug, edition.date(), pageOf.get(head),
                        "\"" + name(head) + "\" on page " + pageOf.get(head) + " continues from page "
                                + head.continuedFrom() + ", where no item jumps to it"));
            }
            articles.add(article(slug, edition, chain, pageOf));
        }
        return new Result(List.copyOf(articles), List.copyOf(unmatched));
    }

    private static List<Item> chain(Item head, Map<Item, Item> next, Set<Item> placed) {
        List<Item> chain = new ArrayList<>();
        for (Item part = head; part != null && placed.add(part); part = next.get(part)) {
            chain.add(part);
        }
        return chain;
    }

    private static Item partner(Edition edition, Item jump, int from, Set<Item> taken) {
        Page target = page(edition, jump.continuedOn());
        if (target == null) {
            return null;
        }
        Item best = null;
        int bestScore = -1;
        for (Item candidate : target.items()) {
            if (taken.contains(candidate) || candidate == jump || !Integer.valueOf(from).equals(candidate.continuedFrom())) {
                continue;
            }
            int score = commonRun(jump.headline(), candidate.headline());
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Length of the longest run of characters two headlines share (0 when either is missing). */
    static int commonRun(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        int best = 0;
        int[] prev = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }

    private static Article article(String slug, Edition edition, List<Item> chain, Map<Item, Integer> pageOf) {
        Item head = chain.get(0);
        Set<Integer> pages = new LinkedHashSet<>();
        Set<String> authors = new LinkedHashSet<>();
        List<String> partIds = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (Item part : chain) {
            pages.add(pageOf.get(part));
            authors.addAll(part.authors());
            partIds.add(part.id());
            sections.addAll(part.sections());
        }
        return new Article(head.id(), slug, edition.title(), edition.date(), List.copyOf(pages), partIds,
                head.kind(), head.kicker(), head.headline(), head.subtitle(), List.copyOf(authors), head.dateline(),
                sections, head.caption(), head.credit());
    }

    private static Page page(Edition edition, int number) {
        return edition.pages().stream().filter(p -> p.number() == number).findFirst().orElse(null);
    }

    private static String name(Item item) {
        return item.headline() != null ? item.headline() : item.id();
    }
}
