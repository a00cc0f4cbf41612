package org.masthead.bench.corpus;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** One page while its edition is being made: header data and its items in reading order. */
final class PageDraft {
    final int number;
    final String name;
    /** 版面编辑 or 责任编辑, as printed before the names. */
    final String editorsLabel;
    final List<String> editors;
    /** The editors' line as printed: the label and names on lines of their own, or 责任编辑：段　晓　宋小明. */
    String editorsLine;
    /** A full-page advertisement: no items, no editors; the blocks of the ad (lines split by |), or null. */
    List<String> advertisement;
    final List<Draft> items = new ArrayList<>();
    /** Sentence templates used on this page, per pool (see {@link Cast#fresh}). */
    final Map<List<String>, BitSet> usedTemplates = new IdentityHashMap<>();

    PageDraft(int number, String name, String editorsLabel, List<String> editors) {
        this.number = number;
        this.name = name;
        this.editorsLabel = editorsLabel;
        this.editors = new ArrayList<>(editors);
    }

    String nextId() {
        return String.format(java.util.Locale.ROOT, "p%02d-%02d", number, items.size() + 1);
    }
}
