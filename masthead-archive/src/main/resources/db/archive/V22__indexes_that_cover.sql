-- Indexes that answer the checks every ingest makes without reading the revisions' rows, each of which
-- carries a page's JSON: whether a file's bytes are recorded under its name (original_sha256, source_key),
-- and which current pages were read without their front page (read_alone). An unchanged re-ingest of a
-- year read every revision's row twice over without them (docs/BENCHMARKS.md).
-- Each statement may run again (a migration killed half-way on H2 is run again whole).
CREATE INDEX IF NOT EXISTS page_revision_original_key ON page_revision (original_sha256, source_key);
DROP INDEX IF EXISTS page_revision_original;
CREATE INDEX IF NOT EXISTS page_revision_alone ON page_revision (id, read_alone);
