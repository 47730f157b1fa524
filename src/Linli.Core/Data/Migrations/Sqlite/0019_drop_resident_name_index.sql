-- Kept in step with PostgreSQL's 0019. SQLite's LIKE is case-insensitive, so it never used this
-- index for name search (that would need a NOCASE index), and searches sort by "Name" || '':
-- the index only cost every write.
DROP INDEX IF EXISTS "IX_residents_Name";
