-- The record's clock: ticked once by every transaction that records pages, under its row lock, so clock
-- values follow commit order and concurrent ingests (several processes on PostgreSQL) record one after the
-- other. Each edition keeps the clock value of its last change. The search index keeps the clock value it
-- was last brought level with ("indexed up to"); the editions changed after it are what it lacks.
-- Every statement may run again: H2 commits each DDL statement, so a process killed mid-migration leaves
-- part of it done, and the next start runs the whole migration again.
CREATE TABLE IF NOT EXISTS record_clock (
    id  INTEGER PRIMARY KEY,
    seq BIGINT NOT NULL
);
-- Editions recorded before the clock count as changed at 1, and an index without a mark is rebuilt whole.
INSERT INTO record_clock (id, seq) SELECT 1, 1 WHERE NOT EXISTS (SELECT 1 FROM record_clock);
ALTER TABLE edition ADD COLUMN IF NOT EXISTS changed_seq BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX IF NOT EXISTS edition_changed ON edition (changed_seq);
