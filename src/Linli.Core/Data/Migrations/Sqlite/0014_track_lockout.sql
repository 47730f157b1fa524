-- Issue 4, desk: wrong look-ups on the resident portal's tracking page, for the per-number lockout
-- (kept in the database so it holds across instances).

CREATE TABLE "track_lookup_failures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_track_lookup_failures" PRIMARY KEY AUTOINCREMENT,
    "TrackingNumber" TEXT NOT NULL,
    "At" TEXT NOT NULL
);

CREATE INDEX "IX_track_lookup_failures_At" ON "track_lookup_failures" ("At");

CREATE INDEX "IX_track_lookup_failures_TrackingNumber_At" ON "track_lookup_failures" ("TrackingNumber", "At");
