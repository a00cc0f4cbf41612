package org.masthead.bench.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The substitution pools and sentence templates the generator recombines, read once from the resource
 * files beside this class (see README.txt there). Immutable and shared.
 */
final class Pools {
    static final Pools DEFAULT = new Pools();

    final List<String> surnames = load("surnames.txt");
    final List<String> givenNames = load("given-names.txt");
    final List<String> places = load("places.txt");
    final List<String> units = load("units.txt");
    final List<String> pageNames = load("page-names.txt");
    final List<String> newsSentences = load("news-sentences.txt");
    final List<String> commentarySentences = load("commentary-sentences.txt");
    final List<String> briefSentences = load("brief-sentences.txt");
    final List<String> headlines = load("headlines.txt");
    final List<String> kickers = load("kickers.txt");
    final List<String> subtitles = load("subtitles.txt");
    final List<String> sectionHeadings = load("section-headings.txt");
    final List<String> captions = load("captions.txt");
    final List<String> teasers = load("teasers.txt");
    final List<String> speechTitles = load("speech-titles.txt");
    final List<String> speechSentences = load("speech-sentences.txt");
    final List<String> boxNotes = load("box-notes.txt");
    final List<String> ads = load("ads.txt");
    final List<String> verseTitles = load("verse-titles.txt");
    final List<String> verseLines = load("verse-lines.txt");

    private Pools() {
    }

    static String pick(List<String> pool, SplittableRandom random) {
        return pool.get(random.nextInt(pool.size()));
    }

    String person(SplittableRandom random) {
        return pick(surnames, random) + pick(givenNames, random);
    }

    private static List<String> load(String name) {
        try (InputStream in = Pools.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("corpus resource " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
