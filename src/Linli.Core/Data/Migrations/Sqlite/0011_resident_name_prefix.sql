-- Version kept in step with PostgreSQL's 0011 (a text_pattern_ops index for prefix name search).
-- SQLite has no operator classes and holds community- or district-sized registries, where the
-- existing index on "Name" and a scan are fast enough; nothing to change here.
SELECT 1;
