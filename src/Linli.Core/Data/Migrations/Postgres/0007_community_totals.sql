-- Pre-aggregated registry counts per committee (社区/村), kept current by statement-level
-- triggers on residents and households: subtree counts above the committee level sum at most a
-- province's ~50,000 rows here instead of counting millions of residents. Statement-level
-- triggers with transition tables fire once per INSERT/UPDATE/DELETE statement (including
-- INSERT ... SELECT from a COPY staging table), so bulk imports pay one grouped upsert, not one
-- per row. Rows are locked in CommunityId order so concurrent writers cannot deadlock.
CREATE TABLE community_totals (
    "CommunityId" bigint NOT NULL,
    "Path" character varying(200) COLLATE "C" NOT NULL,
    "Households" bigint NOT NULL,
    "Residents" bigint NOT NULL,
    CONSTRAINT "PK_community_totals" PRIMARY KEY ("CommunityId")
);
CREATE INDEX "IX_community_totals_Path" ON community_totals ("Path");

CREATE FUNCTION community_totals_add(deltas jsonb) RETURNS void LANGUAGE sql AS $$
    INSERT INTO community_totals ("CommunityId", "Path", "Households", "Residents")
    SELECT d.community_id, u."Path", d.households, d.residents
    FROM jsonb_to_recordset(deltas) AS d(community_id bigint, households bigint, residents bigint)
    JOIN org_units u ON u."Id" = d.community_id
    WHERE d.households <> 0 OR d.residents <> 0
    ORDER BY d.community_id
    ON CONFLICT ("CommunityId") DO UPDATE
        SET "Households" = community_totals."Households" + EXCLUDED."Households",
            "Residents" = community_totals."Residents" + EXCLUDED."Residents";
$$;

CREATE FUNCTION residents_totals() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas jsonb;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT jsonb_agg(jsonb_build_object('community_id', c, 'households', 0, 'residents', n)) INTO deltas
        FROM (SELECT "CommunityId" AS c, count(*) AS n FROM new_rows WHERE "Status" = 1 GROUP BY 1) x;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT jsonb_agg(jsonb_build_object('community_id', c, 'households', 0, 'residents', -n)) INTO deltas
        FROM (SELECT "CommunityId" AS c, count(*) AS n FROM old_rows WHERE "Status" = 1 GROUP BY 1) x;
    ELSE
        SELECT jsonb_agg(jsonb_build_object('community_id', c, 'households', 0, 'residents', n)) INTO deltas
        FROM (SELECT c, sum(n) AS n FROM (
                  SELECT "CommunityId" AS c, count(*) AS n FROM new_rows WHERE "Status" = 1 GROUP BY 1
                  UNION ALL
                  SELECT "CommunityId", -count(*) FROM old_rows WHERE "Status" = 1 GROUP BY 1) y
              GROUP BY c HAVING sum(n) <> 0) x;
    END IF;
    IF deltas IS NOT NULL THEN
        PERFORM community_totals_add(deltas);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION households_totals() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas jsonb;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT jsonb_agg(jsonb_build_object('community_id', c, 'households', n, 'residents', 0)) INTO deltas
        FROM (SELECT "CommunityId" AS c, count(*) AS n FROM new_rows GROUP BY 1) x;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT jsonb_agg(jsonb_build_object('community_id', c, 'households', -n, 'residents', 0)) INTO deltas
        FROM (SELECT "CommunityId" AS c, count(*) AS n FROM old_rows GROUP BY 1) x;
    ELSE
        SELECT jsonb_agg(jsonb_build_object('community_id', c, 'households', n, 'residents', 0)) INTO deltas
        FROM (SELECT c, sum(n) AS n FROM (
                  SELECT "CommunityId" AS c, count(*) AS n FROM new_rows GROUP BY 1
                  UNION ALL
                  SELECT "CommunityId", -count(*) FROM old_rows GROUP BY 1) y
              GROUP BY c HAVING sum(n) <> 0) x;
    END IF;
    IF deltas IS NOT NULL THEN
        PERFORM community_totals_add(deltas);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER residents_totals_insert AFTER INSERT ON residents REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION residents_totals();
CREATE TRIGGER residents_totals_update AFTER UPDATE ON residents REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION residents_totals();
CREATE TRIGGER residents_totals_delete AFTER DELETE ON residents REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION residents_totals();
CREATE TRIGGER households_totals_insert AFTER INSERT ON households REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION households_totals();
CREATE TRIGGER households_totals_update AFTER UPDATE ON households REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION households_totals();
CREATE TRIGGER households_totals_delete AFTER DELETE ON households REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION households_totals();

-- Databases that already hold a registry start with correct totals.
INSERT INTO community_totals ("CommunityId", "Path", "Households", "Residents")
SELECT u."Id", u."Path",
       (SELECT count(*) FROM households h WHERE h."CommunityId" = u."Id"),
       (SELECT count(*) FROM residents r WHERE r."CommunityId" = u."Id" AND r."Status" = 1)
FROM org_units u
WHERE u."Id" IN (SELECT "CommunityId" FROM households UNION SELECT "CommunityId" FROM residents);
