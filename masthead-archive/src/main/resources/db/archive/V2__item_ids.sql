-- Every item id the archive ever handed out, minted once and kept (docs/ids.md). "item" indexes the ids of
-- current page revisions; this table keeps all of them, current or not, so a permalink always resolves:
-- page_number and revision say where the id last stood, fingerprint (headline and first paragraph) is
-- what later revisions of the page are matched against to keep the id of an item whose text barely changed.
-- V3 carries over the ids of archives made before this table (their parser-made 16-hex ids).

CREATE TABLE item_id (
    item_id     VARCHAR(200) PRIMARY KEY,
    edition_id  BIGINT NOT NULL REFERENCES edition (id),
    page_number INTEGER NOT NULL,
    revision    INTEGER NOT NULL,
    fingerprint VARCHAR(2000) NOT NULL
);
CREATE INDEX item_id_edition ON item_id (edition_id);
