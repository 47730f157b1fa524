-- Portal look-up limits per client: each wrong look-up also records a keyed hash of the client's
-- address (never the address), so the limits per address and per address and number hold across
-- instances and restarts. Rows written before this version have no hash and count per number only.

ALTER TABLE "track_lookup_failures" ADD "ClientHash" BLOB NULL;

CREATE INDEX "IX_track_lookup_failures_ClientHash_At" ON "track_lookup_failures" ("ClientHash", "At");
