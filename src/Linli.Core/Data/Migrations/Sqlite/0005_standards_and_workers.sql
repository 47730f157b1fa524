-- Issue 3, first increment: policy standards (配备标准) and the community-worker roster (社区工作者).

CREATE TABLE "community_workers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_community_workers" PRIMARY KEY AUTOINCREMENT,
    "CommunityId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "DocumentCipher" BLOB NOT NULL,
    "DocumentHash" BLOB NOT NULL,
    "DocumentMasked" TEXT NOT NULL,
    "Sex" INTEGER NULL,
    "BirthDate" TEXT NULL,
    "Post" INTEGER NOT NULL,
    "Employment" INTEGER NOT NULL,
    "HireDate" TEXT NOT NULL,
    "LeaveDate" TEXT NULL,
    "LeaveReason" TEXT NULL,
    "Education" INTEGER NULL,
    "Certificate" INTEGER NOT NULL,
    "TrainingHours" INTEGER NOT NULL,
    "MonthlyPay" TEXT NULL,
    "OnPost" INTEGER NOT NULL,
    "CommitteeMember" INTEGER NOT NULL,
    "TermStart" TEXT NULL,
    "TermEnd" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_community_workers_org_units_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "policy_standards" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_policy_standards" PRIMARY KEY AUTOINCREMENT,
    "Key" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "MaxValue" TEXT NULL,
    "OrgUnitId" INTEGER NULL,
    "Path" TEXT NOT NULL,
    "ValidFrom" TEXT NOT NULL,
    "ValidTo" TEXT NULL,
    "Source" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_policy_standards_org_units_OrgUnitId" FOREIGN KEY ("OrgUnitId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_community_workers_CommunityId" ON "community_workers" ("CommunityId");

CREATE INDEX "IX_community_workers_DocumentHash" ON "community_workers" ("DocumentHash");

CREATE INDEX "IX_community_workers_Path" ON "community_workers" ("Path");

CREATE INDEX "IX_policy_standards_OrgUnitId" ON "policy_standards" ("OrgUnitId");

CREATE UNIQUE INDEX "IX_policy_standards_Path_Key_ValidFrom" ON "policy_standards" ("Path", "Key", "ValidFrom");

-- National-law presets at the national root (empty path): committee size 5–9 since the Organic Law
-- of Urban Residents' Committees took effect (1990-01-01), a 5-year term since its 2018 amendment.
INSERT INTO policy_standards ("Key", "Value", "MaxValue", "OrgUnitId", "Path", "ValidFrom", "ValidTo", "Source", "CreatedBy", "CreatedAt", "Version")
VALUES ('committee_size', 5, 9, NULL, '', '1990-01-01', NULL, '国家法律（城市居民委员会组织法）', 'preset', '2026-01-01 00:00:00', 0);
INSERT INTO policy_standards ("Key", "Value", "MaxValue", "OrgUnitId", "Path", "ValidFrom", "ValidTo", "Source", "CreatedBy", "CreatedAt", "Version")
VALUES ('committee_term_years', 5, NULL, NULL, '', '2018-12-29', NULL, '国家法律（2018年修正后任期5年）', 'preset', '2026-01-01 00:00:00', 0);
