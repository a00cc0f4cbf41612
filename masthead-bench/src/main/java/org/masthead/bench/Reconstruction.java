package org.masthead.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemFlag;
import org.masthead.model.ItemKind;
import org.masthead.model.Page;

/**
 * Scores parsed editions against their ground truth, page by page.
 *
 * <p><b>Exact</b>: a ground-truth item is reconstructed exactly when the parsed page holds an item
 * (each used once) of the same kind, the same headline and the same text, all after
 * {@link #normalise normalisation}. The text is the body (section headings and paragraphs, one per
 * line) or, for photos, the caption; paragraph boundaries count, so an unjoined column cut is not exact.
 *
 * <p><b>Character assignment</b>: a character of a parsed item's text is in a ground-truth item when
 * one of the 8-character runs covering it occurs in that item's text (each occurrence of a run used
 * once, so duplicated text is not counted twice; line breaks are ignored here). Each parsed item is
 * paired one-to-one with the ground-truth item it shares most characters with (greedy, largest
 * first); correct characters are those a parsed item shares with its pair. Precision = correct / characters of parsed items; recall =
 * correct / characters of ground-truth items. Furniture left in a text, text lost, text placed in
 * the wrong item, and items split or merged all lower these figures.
 *
 * <p><b>Region overlap</b> (page PDFs, whose truth has regions): for each ground-truth item, the
 * intersection over union of its area (the union of its regions' boxes on the page) and the area of the
 * parsed item it is paired with (0 when unpaired); the share of items at {@value #GOOD_IOU} or better.
 */
public final class Reconstruction {
    static final int RUN = 8;
    /** A leading dateline, with the agency's reporters in brackets after it: 新华社北京6月18日电（记者王五、李小四）. */
    private static final Pattern DATELINE = Pattern.compile(
            "^((新华社|本报)[^，。\\n]{0,12}?\\d{1,2}月\\d{1,2}日电(（记者[^）\\n]{1,40}）)?|本报讯)");

    private long truthItems;
    private long exactItems;
    private long truthChars;
    private long parsedChars;
    private long correctChars;
    private long editions;
    private long exactMastheads;
    private long failedEditions;
    private final Map<ItemKind, long[]> byKind = new EnumMap<>(ItemKind.class);
    private final Map<ItemFlag, long[]> byFlag = new EnumMap<>(ItemFlag.class);
    private final Map<String, Long> misses = new HashMap<>();
    private final Map<String, List<String>> examples = new java.util.TreeMap<>();
    private final int examplesPerReason;
    private long textExactItems;
    /** Region overlap counted as right (the issue's bar). */
    static final double GOOD_IOU = 0.9;
    private long regionItems;
    private long regionsGood;
    /** Per kind of the truth: {items with regions, of them overlapping at {@link #GOOD_IOU}}. */
    private final Map<ItemKind, long[]> regionsByKind = new EnumMap<>(ItemKind.class);
    private double iouSum;
    private long flatExactItems;
    private long jumps;
    private long jumpsStitched;

    /** A scorer keeping the first {@code examplesPerReason} examples of each reason for a miss. */
    public Reconstruction(int examplesPerReason) {
        this.examplesPerReason = examplesPerReason;
    }

    /**
     * Normalisation before comparing: whitespace inside a line removed (converters add and drop spaces
     * freely), half-width ,;:?!() folded to full-width, a leading dateline (新华社北京6月18日电, 本报讯) removed from
     * a body, so a parser may keep or strip it; null counts as empty.
     */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case ',' -> out.append('，');
                case ';' -> out.append('；');
                case ':' -> out.append('：');
                case '?' -> out.append('？');
                case '!' -> out.append('！');
                case '(' -> out.append('（');
                case ')' -> out.append('）');
                case '\n' -> out.append('\n');
                default -> {
                    if (!Character.isWhitespace(c) && c != '\u3000' && c != '\uFEFF') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static String text(Item item) {
        String body = item.bodyText();
        String text = body.isEmpty() && item.caption() != null ? item.caption() : body;
        return DATELINE.matcher(normalise(text).strip()).replaceFirst("");
    }

    /** Records an edition whose files could not be parsed: all its items count as lost. */
    public void failed(Edition truth, String reason) {
        editions++;
        failedEditions++;
        misses.merge("edition not parsed", 1L, Long::sum);
        example("edition not parsed", truth.date() + ": edition not parsed: " + reason);
        for (Page page : truth.pages()) {
            score(page, new Page(page.number(), null, List.of(), List.of()), truth, false, new IdentityHashMap<>());
        }
        jumps(truth, new IdentityHashMap<>());
    }

    /** Scores one parsed edition against its truth. */
    public void add(Edition truth, Edition parsed) {
        editions++;
        if (Objects.equals(truth.title(), parsed.title()) && Objects.equals(truth.date(), parsed.date())
                && Objects.equals(truth.masthead().issueNumber(), parsed.masthead().issueNumber())
                && Objects.equals(truth.masthead().lunarDate(), parsed.masthead().lunarDate())
                && Objects.equals(truth.masthead().weekday(), parsed.masthead().weekday())
                && Objects.equals(truth.masthead().pageCount(), parsed.masthead().pageCount())) {
            exactMastheads++;
        }
        Map<Integer, Page> parsedPages = new HashMap<>();
        parsed.pages().forEach(page -> parsedPages.put(page.number(), page));
        Map<Item, Item> pairs = new IdentityHashMap<>();
        for (Page page : truth.pages()) {
            score(page, parsedPages.getOrDefault(page.number(), new Page(page.number(), null, List.of(), List.of())),
                    truth, true, pairs);
        }
        jumps(truth, pairs);
    }

    /**
     * A jump of the truth (下转 on page P to page X, 上接 on X) is stitched when the parsed items paired
     * with both parts carry it: the first part continues on X, the second continues from P.
     */
    private void jumps(Edition truth, Map<Item, Item> pairs) {
        for (Page page : truth.pages()) {
            for (Item part : page.items()) {
                if (part.continuedOn() == null || part.continuedOn() < 1 || part.continuedOn() > truth.pages().size()) {
                    continue;
                }
                Item rest = truth.pages().get(part.continuedOn() - 1).items().stream()
                        .filter(i -> Objects.equals(i.continuedFrom(), page.number()) && Objects.equals(i.headline(), part.headline()))
                        .findFirst().orElse(null);
                if (rest == null) {
                    continue;
                }
                jumps++;
                Item first = pairs.get(part);
                Item second = pairs.get(rest);
                if (first != null && second != null && part.continuedOn().equals(first.continuedOn())
                        && Integer.valueOf(page.number()).equals(second.continuedFrom())) {
                    jumpsStitched++;
                }
            }
        }
    }

    private void score(Page truth, Page parsed, Edition edition, boolean reportMisses, Map<Item, Item> pairs) {
        List<Item> truthList = truth.items();
        List<Item> parsedList = parsed.items();
        String[] truthTexts = truthList.stream().map(Reconstruction::text).toArray(String[]::new);
        String[] parsedTexts = parsedList.stream().map(Reconstruction::text).toArray(String[]::new);

        // Exact items, and items whose headline and text alone are right.
        boolean[] textUsed = new boolean[parsedList.size()];
        boolean[] flatUsed = new boolean[parsedList.size()];
        for (int t = 0; t < truthList.size(); t++) {
            // The same with paragraph boundaries aside: the text is right, its paragraphs are not.
            String flat = truthTexts[t].replace("\n", "");
            for (int p = 0; p < parsedList.size(); p++) {
                if (!flatUsed[p] && flat.equals(parsedTexts[p].replace("\n", ""))
                        && normalise(truthList.get(t).headline()).equals(normalise(parsedList.get(p).headline()))) {
                    flatUsed[p] = true;
                    flatExactItems++;
                    break;
                }
            }
            for (int p = 0; p < parsedList.size(); p++) {
                if (!textUsed[p] && truthTexts[t].equals(parsedTexts[p])
                        && normalise(truthList.get(t).headline()).equals(normalise(parsedList.get(p).headline()))) {
                    textUsed[p] = true;
                    textExactItems++;
                    break;
                }
            }
        }
        boolean[] used = new boolean[parsedList.size()];
        boolean[] exact = new boolean[truthList.size()];
        for (int t = 0; t < truthList.size(); t++) {
            Item want = truthList.get(t);
            long[] kind = byKind.computeIfAbsent(want.kind(), k -> new long[2]);
            kind[0]++;
            truthItems++;
            want.flags().forEach(flag -> byFlag.computeIfAbsent(flag, f -> new long[2])[0]++);
            for (int p = 0; p < parsedList.size(); p++) {
                Item got = parsedList.get(p);
                if (!used[p] && got.kind() == want.kind() && truthTexts[t].equals(parsedTexts[p])
                        && normalise(want.headline()).equals(normalise(got.headline()))) {
                    used[p] = true;
                    exact[t] = true;
                    exactItems++;
                    kind[1]++;
                    want.flags().forEach(flag -> byFlag.get(flag)[1]++);
                    break;
                }
            }
        }

        // Character assignment.
        String[] truthLetters = new String[truthTexts.length];
        List<Map<Long, Integer>> truthRuns = new ArrayList<>();
        for (int t = 0; t < truthTexts.length; t++) {
            truthLetters[t] = truthTexts[t].replace("\n", "");
            truthRuns.add(runCounts(runHashes(truthLetters[t])));
            truthChars += truthLetters[t].length();
        }
        long[][] shared = new long[parsedTexts.length][truthTexts.length];
        for (int p = 0; p < parsedTexts.length; p++) {
            String letters = parsedTexts[p].replace("\n", "");
            long[] runs = runHashes(letters);
            parsedChars += letters.length();
            for (int t = 0; t < truthTexts.length; t++) {
                shared[p][t] = overlap(letters, runs, truthLetters[t], truthRuns.get(t));
            }
        }
        int[] pairOfTruth = new int[truthTexts.length];
        java.util.Arrays.fill(pairOfTruth, -1);
        boolean[] paired = new boolean[parsedTexts.length];
        while (true) {
            long best = 0;
            int bp = -1;
            int bt = -1;
            for (int p = 0; p < parsedTexts.length; p++) {
                for (int t = 0; t < truthTexts.length; t++) {
                    if (!paired[p] && pairOfTruth[t] < 0 && shared[p][t] > best) {
                        best = shared[p][t];
                        bp = p;
                        bt = t;
                    }
                }
            }
            if (bp < 0) {
                break;
            }
            paired[bp] = true;
            pairOfTruth[bt] = bp;
            correctChars += best;
        }
        // Region overlap: each truth item that has regions against the parsed item it is paired with.
        for (int t = 0; t < truthTexts.length; t++) {
            Item want = truthList.get(t);
            if (want.regions().isEmpty()) {
                continue;
            }
            regionItems++;
            int pair = pairOfTruth[t];
            for (int p = 0; p < parsedList.size() && pair < 0; p++) {
                // Items with no body text (teasers) pair by kind and headline.
                Item got = parsedList.get(p);
                if (!paired[p] && got.kind() == want.kind() && want.headline() != null
                        && normalise(want.headline()).equals(normalise(got.headline()))) {
                    pair = p;
                }
            }
            double iou = pair < 0 ? 0 : RegionOverlap.iou(want.regions(), parsedList.get(pair).regions(), truth.number());
            iouSum += iou;
            long[] ofKind = regionsByKind.computeIfAbsent(want.kind(), k -> new long[2]);
            ofKind[0]++;
            if (iou >= GOOD_IOU) {
                regionsGood++;
                ofKind[1]++;
            } else if (reportMisses && exact[t]) {
                misses.merge("region overlap under " + GOOD_IOU, 1L, Long::sum);
                example("region overlap under " + GOOD_IOU, edition.date() + " p" + truth.number() + " "
                        + want.kind().json() + " 「" + want.headline() + "」 IoU " + String.format(Locale.ROOT, "%.3f", iou));
            }
        }
        for (int t = 0; t < truthTexts.length; t++) {
            if (pairOfTruth[t] >= 0) {
                pairs.put(truthList.get(t), parsedList.get(pairOfTruth[t]));
            }
            if (!exact[t] && reportMisses) {
                miss(edition, truth.number(), truthList.get(t), truthTexts[t],
                        pairOfTruth[t] < 0 ? null : parsedList.get(pairOfTruth[t]),
                        pairOfTruth[t] < 0 ? null : parsedTexts[pairOfTruth[t]]);
            }
        }
    }

    private void miss(Edition edition, int page, Item want, String wantText, Item got, String gotText) {
        String reason;
        String detail = "";
        if (got == null) {
            reason = want.kind() == ItemKind.TEASER || wantText.isEmpty() ? "no item for it" : "text not found";
        } else if (got.kind() != want.kind()) {
            reason = "kind " + want.kind().json() + " read as " + got.kind().json();
        } else if (!normalise(want.headline()).equals(normalise(got.headline()))) {
            reason = want.headline() == null ? "headline invented for a headline-less item"
                    : got.headline() == null ? "headline lost" : "headline differs";
            detail = " want「" + want.headline() + "」 got「" + got.headline() + "」";
        } else {
            int at = 0;
            while (at < wantText.length() && at < gotText.length() && wantText.charAt(at) == gotText.charAt(at)) {
                at++;
            }
            reason = gotText.length() > wantText.length() && gotText.startsWith(wantText) ? "text has extra tail"
                    : wantText.length() > gotText.length() && wantText.startsWith(gotText) ? "text ends early"
                    : "text differs";
            detail = " at char " + at + ": want「" + around(wantText, at) + "」 got「" + around(gotText, at) + "」";
        }
        misses.merge(reason, 1L, Long::sum);
        example(reason, edition.date() + " p" + page + " " + want.kind().json() + " 「" + want.headline() + "」 "
                + want.flags() + ": " + reason + detail);
    }

    private static String around(String text, int at) {
        int from = Math.max(0, at - 12);
        int to = Math.min(text.length(), at + 24);
        return (from > 0 ? "…" : "") + text.substring(from, to).replace("\n", "⏎") + (to < text.length() ? "…" : "");
    }

    private void example(String reason, String line) {
        List<String> some = examples.computeIfAbsent(reason, r -> new ArrayList<>());
        if (some.size() < examplesPerReason) {
            some.add(line);
        }
    }

    /** The hash of each run of {@link #RUN} characters of a text, by start. */
    private static long[] runHashes(String letters) {
        int count = Math.max(0, letters.length() - RUN + 1);
        long[] hashes = new long[count];
        for (int start = 0; start < count; start++) {
            long hash = 1469598103934665603L;
            for (int i = start; i < start + RUN; i++) {
                hash = (hash ^ letters.charAt(i)) * 1099511628211L;
            }
            hashes[start] = hash;
        }
        return hashes;
    }

    /** The runs of a text, counted: the multiset the runs of another text are found in. */
    private static Map<Long, Integer> runCounts(long[] hashes) {
        Map<Long, Integer> counts = new HashMap<>();
        for (long hash : hashes) {
            counts.merge(hash, 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Characters of the parsed text covered by a run also in the truth text, each run occurrence of
     * the truth used once (so a duplicated paragraph is not counted twice). Texts shorter than a run
     * count whole when the truth contains them.
     */
    private static long overlap(String parsed, long[] parsedRuns, String truth, Map<Long, Integer> truthRuns) {
        if (parsed.isEmpty()) {
            return 0;
        }
        if (parsed.length() < RUN) {
            return truth.contains(parsed) ? parsed.length() : 0;
        }
        // Only the runs used are counted; copying the truth's runs for every pair cost more than the parse.
        Map<Long, Integer> used = new HashMap<>();
        long covered = 0;
        int coveredUntil = 0;
        for (int start = 0; start < parsedRuns.length; start++) {
            Integer count = truthRuns.get(parsedRuns[start]);
            if (count != null && used.merge(parsedRuns[start], 1, Integer::sum) <= count) {
                covered += start + RUN - Math.max(start, coveredUntil);
                coveredUntil = start + RUN;
            }
        }
        return covered;
    }

    /** The figures so far. */
    public Result result() {
        Map<ItemKind, Double> kinds = new EnumMap<>(ItemKind.class);
        byKind.forEach((kind, counts) -> kinds.put(kind, share(counts[1], counts[0])));
        Map<ItemKind, Double> regionKinds = new EnumMap<>(ItemKind.class);
        regionsByKind.forEach((kind, counts) -> regionKinds.put(kind, share(counts[1], counts[0])));
        Map<ItemFlag, long[]> flags = new EnumMap<>(ItemFlag.class);
        byFlag.forEach((flag, counts) -> flags.put(flag, counts.clone()));
        Map<String, List<String>> someExamples = new java.util.TreeMap<>();
        examples.forEach((reason, lines) -> someExamples.put(reason, List.copyOf(lines)));
        return new Result(editions, failedEditions, share(exactMastheads, editions), truthItems, exactItems,
                share(exactItems, truthItems), share(textExactItems, truthItems), share(correctChars, parsedChars),
                share(correctChars, truthChars), kinds, flags, new HashMap<>(misses), someExamples,
                share(flatExactItems, truthItems), jumps, jumpsStitched, regionItems,
                share(regionsGood, regionItems), regionKinds, regionItems == 0 ? Double.NaN : iouSum / regionItems);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    /**
     * The figures of a scored corpus.
     *
     * @param editions        editions scored
     * @param failedEditions  editions the parser refused or failed on
     * @param mastheads       share of editions whose masthead fields were all right
     * @param items           ground-truth items
     * @param exactItems      of them, reconstructed exactly
     * @param exact           exactItems / items
     * @param textExact       share of items whose headline and text are exact, whatever the kind
     * @param precision       character-assignment precision
     * @param recall          character-assignment recall
     * @param exactByKind     exact share per item kind
     * @param exactByFlag     per damage flag of the truth: {items so flagged, of them exact}
     * @param misses          how many items missed for which reason
     * @param examples        the first misses of each reason, one line each
     * @param flatExact       share of items whose headline and text are exact with paragraph breaks aside
     * @param jumps           jumps of the truth (a 下转 part and its 上接 rest)
     * @param jumpsStitched   of them, those whose parsed parts carry the jump both ways
     * @param regionItems     truth items with regions (page PDFs)
     * @param regionsOverlapping share of them whose parsed regions overlap with IoU at least {@link #GOOD_IOU}
     * @param regionsByKind   that share per item kind
     * @param meanIou         mean IoU over them
     */
    public record Result(long editions, long failedEditions, double mastheads, long items, long exactItems,
            double exact, double textExact, double precision, double recall, Map<ItemKind, Double> exactByKind,
            Map<ItemFlag, long[]> exactByFlag, Map<String, Long> misses, Map<String, List<String>> examples,
            double flatExact, long jumps, long jumpsStitched, long regionItems, double regionsOverlapping,
            Map<ItemKind, Double> regionsByKind, double meanIou) {

        public String percent(double share) {
            return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.2f%%", share * 100);
        }
    }
}
