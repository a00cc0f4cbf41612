package org.masthead.archive;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.masthead.model.Edition;
import org.masthead.model.Page;
import org.masthead.model.Warning;

/** The consistency findings of {@code masthead check}, one title and one edition at a time. */
final class Checks {
    private Checks() {
    }

    static List<Finding> run(Archive archive) {
        List<Finding> findings = new ArrayList<>();
        for (Title title : archive.titles()) {
            EditionSummary previous = null;
            for (EditionSummary summary : archive.editions(title.slug(), null, null)) {
                archive.edition(title.slug(), summary.date()).ifPresent(e -> edition(archive, title.slug(), e, findings));
                if (title.daily() && previous != null) {
                    issueSequence(title.slug(), previous, summary, findings);
                }
                previous = summary;
            }
        }
        return findings;
    }

    /** The findings about one edition; its issue number is checked against the edition held before it. */
    static List<Finding> edition(Archive archive, String slug, java.time.LocalDate date) {
        List<Finding> findings = new ArrayList<>();
        archive.edition(slug, date).ifPresent(e -> edition(archive, slug, e, findings));
        Title title = archive.title(slug).orElse(null);
        if (title != null && title.daily()) {
            EditionSummary previous = null;
            EditionSummary current = null;
            // This year's editions and last year's, enough to find the one before without reading all years.
            List<EditionSummary> near = new ArrayList<>(archive.editions(slug, date.getYear() - 1, null));
            near.addAll(archive.editions(slug, date.getYear(), null));
            for (EditionSummary summary : near) {
                if (summary.date().equals(date)) {
                    current = summary;
                    break;
                }
                previous = summary;
            }
            if (previous != null && current != null) {
                issueSequence(slug, previous, current, findings);
            }
        }
        return findings;
    }

    private static void edition(Archive archive, String slug, Edition edition, List<Finding> findings) {
        findings.addAll(Stitcher.stitch(slug, edition).unmatched());
        findings.addAll(scansLost(archive, slug, edition));
        if (edition.masthead().pageCount() != null) {
            Set<Integer> missing = new TreeSet<>();
            for (int n = 1; n <= edition.masthead().pageCount(); n++) {
                missing.add(n);
            }
            edition.pages().stream().map(Page::number).forEach(missing::remove);
            if (!missing.isEmpty()) {
                findings.add(new Finding("missing-pages", slug, edition.date(), null, "今日" + edition.masthead().pageCount()
                        + "版 announces " + edition.masthead().pageCount() + " pages; the archive lacks page" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing.stream().map(String::valueOf).toList())));
            }
        }
        for (Warning warning : edition.warnings()) {
            findings.add(new Finding("masthead-warning:" + warning.code(), slug, edition.date(), null, warning.message()));
        }
    }

    /**
     * The pages whose scan, named by its hash in the page, the originals store no longer holds, or holds as a
     * file that cannot be read or is no image. The pages are at hand already: one look into the store per scan,
     * no reading of the record.
     */
    private static List<Finding> scansLost(Archive archive, String slug, Edition edition) {
        List<Finding> findings = new ArrayList<>();
        for (Page page : edition.pages()) {
            PageImages.scanFile(archive, page).filter(scan -> scan.problem() != null).ifPresent(scan -> findings.add(
                    new Finding(scan.missing() ? Finding.SCAN_MISSING : Finding.SCAN_UNREADABLE, slug, edition.date(),
                            page.number(), scan.trouble())));
        }
        return findings;
    }

    /** A daily's issue number grows by one a day: a different step between two held editions is a finding. */
    private static void issueSequence(String slug, EditionSummary before, EditionSummary after, List<Finding> findings) {
        if (before.issueNumber() == null || after.issueNumber() == null) {
            return;
        }
        long days = ChronoUnit.DAYS.between(before.date(), after.date());
        long step = (long) after.issueNumber() - before.issueNumber();
        if (step != days) {
            findings.add(new Finding("issue-sequence", slug, after.date(), null, "issue 第" + after.issueNumber()
                    + "号 follows 第" + before.issueNumber() + "号 of " + before.date() + ": expected 第"
                    + (before.issueNumber() + days) + "号 for a daily " + days + " day" + (days == 1 ? "" : "s") + " later"));
        }
    }
}
