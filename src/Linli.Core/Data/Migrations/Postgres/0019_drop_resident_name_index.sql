-- Issue 6, import speed: name search matches by prefix through IX_residents_Name_pattern (0011)
-- and sorts the matches by "Name" || '', so no query reads IX_residents_Name any more, while every
-- resident written still paid for it: under a zh_CN collation each entry costs strcoll()
-- comparisons, and in the bulk-import profile it took 8 % of an INSERT ... SELECT of 200,000
-- residents (docs/performance.md, "Import profile").
DROP INDEX IF EXISTS "IX_residents_Name";
