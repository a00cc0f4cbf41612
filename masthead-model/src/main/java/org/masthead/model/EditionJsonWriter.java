package org.masthead.model;

/** Edition JSON (docs/edition-json.md), pretty-printed, one document per edition. */
public final class EditionJsonWriter extends EditionTextWriter {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    protected String text(Edition edition) {
        return Json.pretty(edition) + "\n";
    }
}
