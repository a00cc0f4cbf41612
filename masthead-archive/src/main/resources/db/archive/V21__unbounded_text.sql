-- Column sizes are no hidden limit: a page of 12,000 short headings made Page JSON over a million
-- characters and aborted the run. JSON, mastheads and source names are unbounded text (CLOB in H2).
-- Each statement may run again (a migration killed half-way on H2 is run again whole).
ALTER TABLE page_revision ALTER COLUMN page_json SET DATA TYPE TEXT;
ALTER TABLE page_revision ALTER COLUMN masthead SET DATA TYPE TEXT;
ALTER TABLE page_revision ALTER COLUMN source_name SET DATA TYPE TEXT;
ALTER TABLE edition ALTER COLUMN masthead SET DATA TYPE TEXT;
