-- Closed request history for `linli bench requests` at a realistic size (docs/performance.md,
-- "Request intake, second round"): 785,000 closed requests of the last year, spread over the
-- first 157 communities of 中原区 (4101 02) and the 22 leaf categories. Run once against a bench
-- database after a first `bench requests` run has loaded the divisions of province 41:
--   psql "host=127.0.0.1 port=PORT user=linlipg dbname=bench" -f scripts/bench-request-history.sql
-- The rows are labelled (CreatedBy 'history', description '[bench] history'); remove them with
--   DELETE FROM service_requests WHERE "CreatedBy" = 'history';
CREATE TEMP TABLE places AS
    SELECT row_number() OVER (ORDER BY "Path") - 1 AS n, "Id", "Path" FROM org_units
    WHERE "Path" LIKE '41/4101/410102/%' AND "Kind" = (SELECT "Kind" FROM org_units WHERE "Code" = '410102012206') LIMIT 200;
CREATE TEMP TABLE cats AS
    SELECT row_number() OVER (ORDER BY "Id") - 1 AS n, "Id" FROM request_categories c
    WHERE NOT EXISTS (SELECT 1 FROM request_categories d WHERE d."ParentId" = c."Id");
INSERT INTO service_requests ("TrackingNumber", "VerificationHash", "Channel", "CategoryId", "PlaceUnitId", "Path", "Description",
    "NotifyOptIn", "Status", "ReceivedAt", "ResponseDueAt", "ResolutionDueAt", "EscalationLevel", "ReopenCount", "CreatedBy", "IsDemo", "Version", "UpdatedAt")
SELECT 'H' || g, '\x00'::bytea, 2, c."Id", p."Id", p."Path", '[bench] history', false, 7,
    now() - (g % 365) * interval '1 day' - interval '4 days', now(), now(), 0, 0, 'history', false, 0, now()
FROM generate_series(1, 1000000) g
JOIN places p ON p.n = g % 200
JOIN cats c ON c.n = (g / 200) % (SELECT count(*) FROM cats);
ANALYZE service_requests;
