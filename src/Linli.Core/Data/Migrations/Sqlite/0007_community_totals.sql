-- Pre-aggregated registry counts per committee (社区/村), kept current by triggers on residents
-- and households (SQLite has row-level triggers only: one small upsert per written row), so
-- subtree counts above the committee level sum these rows instead of counting residents.
CREATE TABLE community_totals (
    "CommunityId" INTEGER NOT NULL CONSTRAINT "PK_community_totals" PRIMARY KEY,
    "Path" TEXT NOT NULL,
    "Households" INTEGER NOT NULL,
    "Residents" INTEGER NOT NULL
);
CREATE INDEX "IX_community_totals_Path" ON community_totals ("Path");

CREATE TRIGGER residents_totals_insert AFTER INSERT ON residents WHEN NEW."Status" = 1
BEGIN
    INSERT INTO community_totals ("CommunityId", "Path", "Households", "Residents")
    SELECT NEW."CommunityId", "Path", 0, 1 FROM org_units WHERE "Id" = NEW."CommunityId"
    ON CONFLICT ("CommunityId") DO UPDATE SET "Residents" = "Residents" + 1;
END;

CREATE TRIGGER residents_totals_update AFTER UPDATE OF "Status", "CommunityId" ON residents
WHEN OLD."Status" <> NEW."Status" OR OLD."CommunityId" <> NEW."CommunityId"
BEGIN
    UPDATE community_totals SET "Residents" = "Residents" - 1 WHERE OLD."Status" = 1 AND "CommunityId" = OLD."CommunityId";
    INSERT INTO community_totals ("CommunityId", "Path", "Households", "Residents")
    SELECT NEW."CommunityId", "Path", 0, 1 FROM org_units WHERE NEW."Status" = 1 AND "Id" = NEW."CommunityId"
    ON CONFLICT ("CommunityId") DO UPDATE SET "Residents" = "Residents" + 1;
END;

CREATE TRIGGER residents_totals_delete AFTER DELETE ON residents WHEN OLD."Status" = 1
BEGIN
    UPDATE community_totals SET "Residents" = "Residents" - 1 WHERE "CommunityId" = OLD."CommunityId";
END;

CREATE TRIGGER households_totals_insert AFTER INSERT ON households
BEGIN
    INSERT INTO community_totals ("CommunityId", "Path", "Households", "Residents")
    SELECT NEW."CommunityId", "Path", 1, 0 FROM org_units WHERE "Id" = NEW."CommunityId"
    ON CONFLICT ("CommunityId") DO UPDATE SET "Households" = "Households" + 1;
END;

CREATE TRIGGER households_totals_update AFTER UPDATE OF "CommunityId" ON households
WHEN OLD."CommunityId" <> NEW."CommunityId"
BEGIN
    UPDATE community_totals SET "Households" = "Households" - 1 WHERE "CommunityId" = OLD."CommunityId";
    INSERT INTO community_totals ("CommunityId", "Path", "Households", "Residents")
    SELECT NEW."CommunityId", "Path", 1, 0 FROM org_units WHERE "Id" = NEW."CommunityId"
    ON CONFLICT ("CommunityId") DO UPDATE SET "Households" = "Households" + 1;
END;

CREATE TRIGGER households_totals_delete AFTER DELETE ON households
BEGIN
    UPDATE community_totals SET "Households" = "Households" - 1 WHERE "CommunityId" = OLD."CommunityId";
END;

-- Databases that already hold a registry start with correct totals.
INSERT INTO community_totals ("CommunityId", "Path", "Households", "Residents")
SELECT u."Id", u."Path",
       (SELECT count(*) FROM households h WHERE h."CommunityId" = u."Id"),
       (SELECT count(*) FROM residents r WHERE r."CommunityId" = u."Id" AND r."Status" = 1)
FROM org_units u
WHERE u."Id" IN (SELECT "CommunityId" FROM households UNION SELECT "CommunityId" FROM residents);
