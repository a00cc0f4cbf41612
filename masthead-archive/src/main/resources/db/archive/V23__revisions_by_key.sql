-- An index that answers, for the files of one edition (one file-name key), which bytes are recorded under that
-- key, without reading the revisions' rows: ingest asks it once per edition's files instead of once per file
-- (docs/BENCHMARKS.md). It replaces the index on source_key alone, whose look-ups it serves as well.
-- Each statement may run again (a migration killed half-way on H2 is run again whole).
CREATE INDEX IF NOT EXISTS page_revision_key_original ON page_revision (source_key, original_sha256);
DROP INDEX IF EXISTS page_revision_source_key;
