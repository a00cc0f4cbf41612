-- Slugs are minted by one rule (Slugs): never a first path segment of the reader or API. A title that got
-- one before (a paper named "Search") could be ingested but never read; it takes the slug the rule mints
-- now. No permalink is lost: its pages were never served.
UPDATE title SET slug = slug || '-paper' WHERE slug IN ('api', 'articles', 'search', 'static', 'iiif', 'oai');
