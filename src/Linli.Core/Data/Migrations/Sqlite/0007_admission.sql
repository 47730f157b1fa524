-- Issue 5: work-item admission (社区工作事项准入) and burden reduction (减负): duty lists, admission
-- requests and their review, community tasks and unadmitted-task reports.

CREATE TABLE "admission_attachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_admission_attachments" PRIMARY KEY AUTOINCREMENT,
    "RequestId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "StoredName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    CONSTRAINT "FK_admission_attachments_admission_requests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "admission_requests" ("Id") ON DELETE CASCADE
);

CREATE TABLE "admission_requests" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_admission_requests" PRIMARY KEY AUTOINCREMENT,
    "DepartmentUserId" TEXT NOT NULL,
    "DepartmentName" TEXT NOT NULL,
    "ReviewGroupId" INTEGER NOT NULL,
    "TargetUnitId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "ListedCommunities" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Content" TEXT NOT NULL,
    "Frequency" TEXT NOT NULL,
    "TimesPerYear" INTEGER NOT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NOT NULL,
    "HoursPerCommunity" TEXT NOT NULL,
    "PeopleProvided" INTEGER NOT NULL,
    "FundsAmount" TEXT NOT NULL,
    "Authority" TEXT NOT NULL,
    "FundsRequired" INTEGER NOT NULL,
    "PeopleRequired" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "FiledAt" TEXT NOT NULL,
    "ClosedAt" TEXT NULL,
    "DecidedBy" TEXT NULL,
    "Reasons" TEXT NULL,
    "Conditions" TEXT NULL,
    "CapOverrideReason" TEXT NULL,
    "AdmissionNumber" TEXT NULL,
    "ValidFrom" TEXT NULL,
    "ValidTo" TEXT NULL,
    "RevokeReason" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_admission_requests_org_units_TargetUnitId" FOREIGN KEY ("TargetUnitId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_admission_requests_review_groups_ReviewGroupId" FOREIGN KEY ("ReviewGroupId") REFERENCES "review_groups" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "review_opinions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_review_opinions" PRIMARY KEY AUTOINCREMENT,
    "RequestId" INTEGER NOT NULL,
    "MemberUserId" TEXT NOT NULL,
    "MemberName" TEXT NOT NULL,
    "Vote" INTEGER NOT NULL,
    "Comment" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    CONSTRAINT "FK_review_opinions_admission_requests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "admission_requests" ("Id") ON DELETE CASCADE
);

CREATE TABLE "admission_targets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_admission_targets" PRIMARY KEY AUTOINCREMENT,
    "RequestId" INTEGER NOT NULL,
    "CommunityId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    CONSTRAINT "FK_admission_targets_admission_requests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "admission_requests" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_admission_targets_org_units_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "community_tasks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_community_tasks" PRIMARY KEY AUTOINCREMENT,
    "CommunityId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "AdmissionRequestId" INTEGER NULL,
    "DutyEntryId" INTEGER NULL,
    "Basis" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Details" TEXT NOT NULL,
    "Department" TEXT NOT NULL,
    "IssuedByUserId" TEXT NOT NULL,
    "IssuedAt" TEXT NOT NULL,
    "Deadline" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "CompletedAt" TEXT NULL,
    "CompletionNote" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_community_tasks_admission_requests_AdmissionRequestId" FOREIGN KEY ("AdmissionRequestId") REFERENCES "admission_requests" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_community_tasks_duty_entries_DutyEntryId" FOREIGN KEY ("DutyEntryId") REFERENCES "duty_entries" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_community_tasks_org_units_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "duty_entries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_duty_entries" PRIMARY KEY AUTOINCREMENT,
    "DutyListId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "LegalBasis" TEXT NOT NULL,
    "Department" TEXT NOT NULL,
    "RequiresFunds" INTEGER NOT NULL,
    "RequiresPeople" INTEGER NOT NULL,
    "TaskKind" INTEGER NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_duty_entries_duty_lists_DutyListId" FOREIGN KEY ("DutyListId") REFERENCES "duty_lists" ("Id") ON DELETE CASCADE
);

CREATE TABLE "duty_lists" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_duty_lists" PRIMARY KEY AUTOINCREMENT,
    "OrgUnitId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "EffectiveFrom" TEXT NOT NULL,
    "EffectiveTo" TEXT NULL,
    "PublishedBy" TEXT NOT NULL,
    "PublishedAt" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_duty_lists_org_units_OrgUnitId" FOREIGN KEY ("OrgUnitId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "review_groups" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_review_groups" PRIMARY KEY AUTOINCREMENT,
    "OrgUnitId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Rule" INTEGER NOT NULL,
    CONSTRAINT "FK_review_groups_org_units_OrgUnitId" FOREIGN KEY ("OrgUnitId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "unadmitted_reports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_unadmitted_reports" PRIMARY KEY AUTOINCREMENT,
    "CommunityId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "Department" TEXT NOT NULL,
    "What" TEXT NOT NULL,
    "ReceivedOn" TEXT NOT NULL,
    "Evidence" TEXT NOT NULL,
    "ReportedByUserId" TEXT NOT NULL,
    "ReportedBy" TEXT NOT NULL,
    "ReportedAt" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Outcome" TEXT NULL,
    "ResolvedBy" TEXT NULL,
    "ResolvedAt" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_unadmitted_reports_org_units_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "review_members" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_review_members" PRIMARY KEY AUTOINCREMENT,
    "GroupId" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "IsChair" INTEGER NOT NULL,
    CONSTRAINT "FK_review_members_review_groups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "review_groups" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_admission_attachments_RequestId" ON "admission_attachments" ("RequestId");

CREATE UNIQUE INDEX "IX_admission_requests_AdmissionNumber" ON "admission_requests" ("AdmissionNumber");

CREATE INDEX "IX_admission_requests_Path" ON "admission_requests" ("Path");

CREATE INDEX "IX_admission_requests_ReviewGroupId" ON "admission_requests" ("ReviewGroupId");

CREATE INDEX "IX_admission_requests_TargetUnitId" ON "admission_requests" ("TargetUnitId");

CREATE INDEX "IX_admission_targets_CommunityId" ON "admission_targets" ("CommunityId");

CREATE INDEX "IX_admission_targets_Path" ON "admission_targets" ("Path");

CREATE UNIQUE INDEX "IX_admission_targets_RequestId_CommunityId" ON "admission_targets" ("RequestId", "CommunityId");

CREATE INDEX "IX_community_tasks_AdmissionRequestId" ON "community_tasks" ("AdmissionRequestId");

CREATE INDEX "IX_community_tasks_CommunityId" ON "community_tasks" ("CommunityId");

CREATE INDEX "IX_community_tasks_DutyEntryId" ON "community_tasks" ("DutyEntryId");

CREATE INDEX "IX_community_tasks_Path" ON "community_tasks" ("Path");

CREATE INDEX "IX_duty_entries_DutyListId" ON "duty_entries" ("DutyListId");

CREATE INDEX "IX_duty_lists_OrgUnitId" ON "duty_lists" ("OrgUnitId");

CREATE UNIQUE INDEX "IX_duty_lists_Path_Number" ON "duty_lists" ("Path", "Number");

CREATE INDEX "IX_review_groups_OrgUnitId" ON "review_groups" ("OrgUnitId");

CREATE UNIQUE INDEX "IX_review_groups_Path" ON "review_groups" ("Path");

CREATE UNIQUE INDEX "IX_review_members_GroupId_UserId" ON "review_members" ("GroupId", "UserId");

CREATE UNIQUE INDEX "IX_review_opinions_RequestId_MemberUserId" ON "review_opinions" ("RequestId", "MemberUserId");

CREATE INDEX "IX_unadmitted_reports_CommunityId" ON "unadmitted_reports" ("CommunityId");

CREATE INDEX "IX_unadmitted_reports_Path" ON "unadmitted_reports" ("Path");
