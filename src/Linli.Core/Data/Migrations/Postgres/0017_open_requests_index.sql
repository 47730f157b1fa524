-- Issue 4/6, intake at scale: the duplicate check reads open requests of one category under a
-- community's path. A partial index over open requests only stays small while the closed history
-- grows. Its filter is the exact text EF writes for RequestQueries.OpenStatuses.

CREATE INDEX "IX_service_requests_Open_CategoryId_Path" ON service_requests ("CategoryId", "Path") WHERE "Status" IN (1, 2, 3, 4, 8, 9, 10);
