package org.masthead.bench.corpus;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The people, places and units of one item, chosen once so that every sentence of the item speaks of
 * the same ones (speaker continuity is what lets a parser put a displaced fragment back), and the
 * templates its page has used, so that no two items of a page share a sentence while the pool lasts.
 */
final class Cast {
    private final SplittableRandom random;
    private final LocalDate day;
    final String person;
    final String person2;
    final String place;
    final String place2;
    final String unit;
    final String unit2;
    /** Template indices used on the item's page, per pool: a page does not say the same thing twice. */
    private final Map<List<String>, BitSet> usedOnPage;

    Cast(Pools pools, SplittableRandom random, LocalDate editionDate, Map<List<String>, BitSet> usedOnPage) {
        this.random = random;
        this.usedOnPage = usedOnPage;
        this.day = editionDate.minusDays(1);
        this.person = pools.person(random);
        this.person2 = pools.person(random);
        this.place = Pools.pick(pools.places, random);
        this.place2 = Pools.pick(pools.places, random);
        this.unit = Pools.pick(pools.units, random);
        this.unit2 = Pools.pick(pools.units, random);
    }

    /** A template of the pool not yet used on this page (until the pool runs out), filled. */
    String fresh(List<String> pool) {
        BitSet used = usedOnPage.computeIfAbsent(pool, p -> new BitSet(p.size()));
        if (used.cardinality() >= pool.size()) {
            used.clear();
        }
        int free = used.nextClearBit(random.nextInt(pool.size()));
        if (free >= pool.size()) {
            free = used.nextClearBit(0);
        }
        used.set(free);
        return fill(pool.get(free));
    }

    /** Fills the template's slots; numbers and dates are drawn afresh at every slot. */
    String fill(String template) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            out.append(slot(template.substring(i + 1, close)));
            i = close + 1;
        }
        return out.toString();
    }

    private String slot(String name) {
        return switch (name) {
            case "P" -> person;
            case "P2" -> person2;
            case "C" -> place;
            case "C2" -> place2;
            case "U" -> unit;
            case "U2" -> unit2;
            case "N" -> Integer.toString(2 + random.nextInt(59));
            case "M" -> Integer.toString((10 + random.nextInt(990)) * 10);
            case "PCT" -> (5 + random.nextInt(90)) + "%";
            case "DEC" -> (1 + random.nextInt(99)) + "." + (1 + random.nextInt(99));
            case "PCTD" -> random.nextInt(20) + "." + (1 + random.nextInt(9)) + "%";
            case "MON" -> Integer.toString(2 + random.nextInt(10));
            case "Y" -> Integer.toString(day.getYear() - random.nextInt(2));
            case "D" -> {
                LocalDate d = day.minusDays(random.nextInt(4));
                yield d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            }
            default -> throw new IllegalStateException("unknown template slot {" + name + "}");
        };
    }
}
