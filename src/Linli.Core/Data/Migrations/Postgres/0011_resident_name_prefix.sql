-- Name search matches from the start of the name (LIKE '张伟%'). A plain btree index on "Name"
-- serves LIKE only under the "C" collation; production clusters use zh_CN/en_US collations, so
-- this index uses text_pattern_ops, which serves prefix LIKE under any collation.
CREATE INDEX "IX_residents_Name_pattern" ON residents ("Name" text_pattern_ops);
