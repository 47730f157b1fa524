-- Issue 4, notifications: an optional contact email (encrypted, masked copy) and language on requests,
-- and the outbox the dispatcher sends from (email over SMTP, signed HTTP webhook).

ALTER TABLE "service_requests" ADD COLUMN "EmailCipher" BLOB NULL;
ALTER TABLE "service_requests" ADD COLUMN "EmailMasked" TEXT NULL;
ALTER TABLE "service_requests" ADD COLUMN "NotifyLanguage" TEXT NULL;

CREATE TABLE "notifications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_notifications" PRIMARY KEY AUTOINCREMENT,
    "RequestId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "TrackingNumber" TEXT NOT NULL,
    "Event" INTEGER NOT NULL,
    "Channel" INTEGER NOT NULL,
    "RecipientCipher" BLOB NULL,
    "RecipientMasked" TEXT NULL,
    "Language" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "LeaseUntil" TEXT NULL,
    "LastError" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    CONSTRAINT "FK_notifications_service_requests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "service_requests" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_notifications_Status_NextAttemptAt" ON "notifications" ("Status", "NextAttemptAt");
CREATE INDEX "IX_notifications_Path_CreatedAt" ON "notifications" ("Path", "CreatedAt");
CREATE INDEX "IX_notifications_RequestId" ON "notifications" ("RequestId");
