package org.masthead.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.model.ItemFlag;
import org.masthead.model.ItemKind;

/**
 * Eighth stage: puts fragments the converter placed in the wrong item back where they belong. A receiver is
 * an article left open (its last paragraph stops mid-sentence, no jump); a fragment is the tail of another
 * item, or a run of paragraphs that no headline claimed. A tail moves when the evidence says it continues
 * the receiver rather than its current item:
 * <ul>
 *   <li>numbering: it opens with section 二、 where the receiver's last section is 一、 and its own item has none;</li>
 *   <li>speaker continuity: it opens by quoting someone (王毅表示) the receiver quotes too (王毅说) and its own
 *   item never names;</li>
 *   <li>shared names and terms: its Han character pairs are found in the receiver more than in its own item.</li>
 * </ul>
 * A tail of an item with a headline moves only on numbering or speaker evidence, shared vocabulary then
 * weighing in; paragraphs nobody claimed may move on shared vocabulary alone. A report that ends on a
 * full sentence receives too, but only from what follows it: paragraphs nobody claimed, placed right after
 * it or after the photo or teaser that follows it, are its tail by position (converters put a column's
 * last paragraphs after the next box); the next report's last paragraphs are its tail when they name a
 * person it quotes or its reporter, whom that report never named, quote nobody that report named, and
 * either quote that person (张丽说) or share more of their words with it than with that report (a mention
 * alone is no evidence: a report may go on to name the leader the report above quotes).
 * The cut never splits a sentence of the item it leaves.
 */
final class ReadingOrder {
    private static final double MIN_SCORE = 2.5;
    private static final double STRONG_LEXICAL = 0.35;

    private ReadingOrder() {
    }

    private record Move(Draft receiver, Draft donor, int at, double score) {
    }

    static void repair(List<Draft> drafts) {
        for (int round = 0; round < drafts.size(); round++) {
            // Each receiver weighs every donor: what depends on the donor alone is worked out once a round,
            // and donors with no cut to offer are passed over (pages a converter broke up have hundreds).
            Map<Draft, Cuts> cuts = new IdentityHashMap<>();
            List<Cuts> offers = null;
            Move best = null;
            for (int r = 0; r < drafts.size(); r++) {
                Draft receiver = drafts.get(r);
                Draft next = next(drafts, r);
                if (!receiver.isOpen() && (next == null || !canReceive(receiver))) {
                    continue;
                }
                Receiver target = new Receiver(receiver);
                if (!receiver.isOpen()) {
                    Move move = isOrphan(next) ? bestCut(target, cuts.computeIfAbsent(next, Cuts::new), true)
                            : tailByName(target, next);
                    if (move != null && (best == null || move.score > best.score)) {
                        best = move;
                    }
                    continue;
                }
                if (offers == null) {
                    offers = offers(drafts, cuts);
                }
                for (Cuts donor : offers) {
                    if (donor.donor != receiver) {
                        Move move = bestCut(target, donor, donor.donor == next);
                        if (move != null && (best == null || move.score > best.score)) {
                            best = move;
                        }
                    }
                }
            }
            if (best == null) {
                return;
            }
            List<Draft.Entry> tail = best.donor.body.subList(best.at, best.donor.body.size());
            best.receiver.body.addAll(tail);
            tail.clear();
            best.receiver.flags.add(ItemFlag.REORDERED);
            if (best.donor.isEmpty()) {
                drafts.remove(best.donor);
            }
        }
    }

    /** The text items, in page order, with a cut some receiver could take. */
    private static List<Cuts> offers(List<Draft> drafts, Map<Draft, Cuts> cuts) {
        List<Cuts> offers = new ArrayList<>();
        for (Draft draft : drafts) {
            if (isText(draft)) {
                Cuts offer = cuts.computeIfAbsent(draft, Cuts::new);
                if (!offer.cuts.isEmpty()) {
                    offers.add(offer);
                }
            }
        }
        return offers;
    }

    private static boolean isText(Draft draft) {
        return draft.body.size() > 0 && (draft.kind == ItemKind.ARTICLE || draft.kind == ItemKind.COMMENTARY);
    }

    /** Paragraphs no headline, dateline or byline claimed. */
    private static boolean isOrphan(Draft draft) {
        return draft.headline == null && draft.dateline == null && draft.authors.isEmpty()
                && draft.continuedFrom == null;
    }

    /** A report that ends on its own page: a tail placed after the next item may be its own. */
    private static boolean canReceive(Draft draft) {
        return isText(draft) && draft.hasParagraphs() && draft.continuedOn() == null;
    }

    /** The text item that follows a receiver in reading order, past photos and teasers placed between. */
    private static Draft next(List<Draft> drafts, int receiver) {
        for (int i = receiver + 1; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            if (draft.kind != ItemKind.PHOTO && draft.kind != ItemKind.TEASER) {
                return isText(draft) ? draft : null;
            }
        }
        return null;
    }

    /** What is known of a receiver, computed once per round. */
    private static final class Receiver {
        final Draft draft;
        private BigramSet vocabulary;
        final String text;
        final int lastNumber;

        Receiver(Draft draft) {
            this.draft = draft;
            StringBuilder all = new StringBuilder();
            int number = 0;
            if (draft.headline != null) {
                all.append(draft.headline).append('\n');
            }
            for (Draft.Entry entry : draft.body) {
                all.append(entry.text).append('\n');
                if (entry.heading) {
                    number = Math.max(number, Segments.numberedHeading(entry.text));
                }
            }
            this.text = all.toString();
            this.lastNumber = number;
        }

        /** Built only when a candidate move gets as far as comparing vocabulary. */
        BigramSet vocabulary() {
            if (vocabulary == null) {
                vocabulary = BigramSet.of(text);
            }
            return vocabulary;
        }
    }

    /**
     * What a donor offers any receiver: the places its tail could be cut, with the evidence that depends on
     * the donor alone (its first section number and speaker, and whether the head it leaves has them).
     * Worked out once per donor and round, since every receiver on the page weighs the same donor.
     */
    private static final class Cuts {
        final Draft donor;
        final boolean orphan;
        final List<Cut> cuts = new ArrayList<>();

        Cuts(Draft donor) {
            this.donor = donor;
            List<Draft.Entry> body = donor.body;
            // Paragraphs no headline, dateline or byline claimed move whole, on shared vocabulary alone if
            // need be; a tail of a headed item needs numbering or speaker evidence first.
            this.orphan = isOrphan(donor);
            StringBuilder headText = new StringBuilder();
            if (donor.headline != null) {
                headText.append(donor.headline).append('\n');
            }
            long headNumbers = 0;
            Draft.Entry lastHeadParagraph = null;
            for (int k = 0; k < body.size(); k++) {
                if (k > 0) {
                    Draft.Entry previous = body.get(k - 1);
                    headText.append(previous.text).append('\n');
                    if (previous.heading) {
                        headNumbers |= 1L << Math.min(63, Segments.numberedHeading(previous.text));
                    } else {
                        lastHeadParagraph = previous;
                    }
                }
                if (k == 0 != orphan || k > 0 && lastHeadParagraph == null
                        || lastHeadParagraph != null && !Segments.finished(lastHeadParagraph.text)) {
                    continue;
                }
                Draft.Entry first = null;
                int firstNumber = 0;
                for (int i = k; i < body.size() && first == null; i++) {
                    Draft.Entry entry = body.get(i);
                    if (entry.heading) {
                        firstNumber = firstNumber == 0 ? Segments.numberedHeading(entry.text) : firstNumber;
                    } else {
                        first = entry;
                    }
                }
                if (first == null) {
                    continue;
                }
                if (firstNumber == 0) {
                    firstNumber = firstNumberedHeading(body, k);
                }
                boolean numberingAgainst = firstNumber > 1 && (headNumbers & 1L << Math.min(63, firstNumber - 1)) != 0;
                String name = Segments.speaker(first.text);
                boolean nameInHead = name != null && headText.indexOf(name) >= 0;
                // A tail of a headed item that can show neither numbering nor speaker evidence never moves.
                if (orphan || firstNumber > 1 && !numberingAgainst || name != null && !nameInHead) {
                    cuts.add(new Cut(k, first, firstNumber, numberingAgainst, name, nameInHead));
                }
            }
        }

        /** The donor's headline and body before the cut, as character pairs: what the tail would leave. */
        BigramSet head(Cut cut) {
            if (cut.head == null) {
                cut.head = new BigramSet(64);
                if (donor.headline != null) {
                    cut.head.addAll(donor.headline);
                }
                for (int i = 0; i < cut.at; i++) {
                    cut.head.addAll(donor.body.get(i).bigrams());
                }
            }
            return cut.head;
        }
    }

    private static final class Cut {
        final int at;
        final Draft.Entry first;
        final int firstNumber;
        /** The head the tail leaves has the section before the tail's first: it is the head's own. */
        final boolean numberingAgainst;
        final String name;
        final boolean nameInHead;
        BigramSet head;

        Cut(int at, Draft.Entry first, int firstNumber, boolean numberingAgainst, String name, boolean nameInHead) {
            this.at = at;
            this.first = first;
            this.firstNumber = firstNumber;
            this.numberingAgainst = numberingAgainst;
            this.name = name;
            this.nameInHead = nameInHead;
        }
    }

    private static Move bestCut(Receiver receiver, Cuts donor, boolean follows) {
        List<Draft.Entry> body = donor.donor.body;
        boolean orphan = donor.orphan;
        Move best = null;
        for (Cut cut : donor.cuts) {
            double numbering = 0;
            if (cut.firstNumber > 1) {
                if (cut.numberingAgainst) {
                    numbering = -3;
                } else if (receiver.lastNumber == cut.firstNumber - 1) {
                    numbering = 3;
                }
            }
            double speaker = 0;
            if (cut.name != null) {
                if (cut.nameInHead) {
                    speaker = -2;
                } else if (Segments.quotes(receiver.text, cut.name)) {
                    speaker = 2;
                }
            }
            if (!orphan && numbering <= 0 && speaker <= 0) {
                continue;
            }
            BigramSet head = donor.head(cut);
            double lexical = cut.first.bigrams().leaning(receiver.vocabulary(), head);
            if (orphan && follows && numbering <= 0 && speaker <= 0) {
                // Paragraphs no headline claimed, right after a report and the photo or teaser placed after
                // it: the report's tail, unless a better home claims them on stronger evidence.
                if (best == null || MIN_SCORE + lexical > best.score) {
                    best = new Move(receiver.draft, donor.donor, cut.at, MIN_SCORE + lexical);
                }
                continue;
            }
            if (numbering <= 0 && speaker <= 0 && lexical < STRONG_LEXICAL) {
                continue;
            }
            double known = numbering + speaker + 2 * lexical;
            if (known + 2 < MIN_SCORE || best != null && known + 2 <= best.score) {
                continue; // even a tail leaning wholly to the receiver could not win
            }
            double score = known + 2 * tailLeaning(body, cut.at, receiver, head);
            if (score >= MIN_SCORE && (best == null || score > best.score)) {
                best = new Move(receiver.draft, donor.donor, cut.at, score);
            }
        }
        return best;
    }

    /**
     * The tail of the next report that names, from its first paragraph on, a person of the receiver (one
     * it quotes, or its reporter) whom the report never named before (its byline included), while quoting
     * nobody the report named. A quoted person counts only with a name of three characters (张丽说):
     * two-character speakers are as often 专家 or 会议 as names, which every report quotes; a byline is
     * names only. The tail must also quote the person, or lean to the receiver in its words: a report that
     * goes on to mention the leader the report above quotes is still about its own subject.
     */
    private static Move tailByName(Receiver receiver, Draft donor) {
        List<Draft.Entry> body = donor.body;
        List<String> quoted = new ArrayList<>(2);
        for (Draft.Entry entry : receiver.draft.body) {
            if (!entry.heading) {
                for (String speaker : entry.speakers()) {
                    if (speaker.length() == 3) {
                        quoted.add(speaker);
                    }
                }
            }
        }
        List<String> people = new ArrayList<>(receiver.draft.authors);
        people.addAll(quoted);
        if (people.isEmpty()) {
            return null;
        }
        StringBuilder headText = new StringBuilder(donor.headline == null ? "" : donor.headline);
        donor.authors.forEach(author -> headText.append('\n').append(author));
        headText.append('\n').append(body.get(0).text);
        for (int k = 1; k < body.size(); k++) {
            Draft.Entry first = body.get(k);
            Draft.Entry previous = body.get(k - 1);
            if (!first.heading && !previous.heading && Segments.finished(previous.text)
                    && namesNew(first.text, people, headText) && quotesNoneOf(body, k, headText)
                    && (quotesAny(first, people) || tailLeaning(body, k, receiver, BigramSet.of(headText)) > 0)) {
                return new Move(receiver.draft, donor, k, MIN_SCORE);
            }
            headText.append('\n').append(first.text);
        }
        return null;
    }

    private static boolean quotesAny(Draft.Entry entry, List<String> names) {
        for (String name : names) {
            if (Segments.quotes(entry.text, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesNew(String text, List<String> names, StringBuilder head) {
        for (String name : names) {
            if (name.length() >= 2 && text.contains(name) && head.indexOf(name) < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean quotesNoneOf(List<Draft.Entry> body, int from, StringBuilder head) {
        for (int i = from; i < body.size(); i++) {
            for (String name : body.get(i).speakers()) {
                if (head.indexOf(name) >= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int firstNumberedHeading(List<Draft.Entry> body, int from) {
        for (int i = from; i < body.size(); i++) {
            if (body.get(i).heading) {
                return Segments.numberedHeading(body.get(i).text);
            }
        }
        return 0;
    }

    /** The mean leaning of the tail's paragraphs towards the receiver, against the head they leave. */
    private static double tailLeaning(List<Draft.Entry> body, int from, Receiver receiver, BigramSet head) {
        double sum = 0;
        int count = 0;
        for (int i = from; i < body.size(); i++) {
            Draft.Entry entry = body.get(i);
            if (!entry.heading) {
                sum += entry.bigrams().leaning(receiver.vocabulary(), head);
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }
}
