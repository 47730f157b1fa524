-- Issue 3, second increment: facilities (阵地) and room sets, new-estate handovers (四个同步),
-- funding (经费), local wages and social organizations.

CREATE TABLE "room_sets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_room_sets" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Rooms" TEXT NOT NULL,
    "Source" TEXT NOT NULL
);

CREATE TABLE "budget_lines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_budget_lines" PRIMARY KEY AUTOINCREMENT,
    "CommunityId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Category" INTEGER NOT NULL,
    "Source" INTEGER NOT NULL,
    "Budget" TEXT NOT NULL,
    "Spent" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_budget_lines_org_units_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "community_sites" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_community_sites" PRIMARY KEY AUTOINCREMENT,
    "CommunityId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "OutdoorArea" TEXT NULL,
    "EmergencyShelter" INTEGER NOT NULL,
    "ShelterArea" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_community_sites_org_units_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "community_task_counts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_community_task_counts" PRIMARY KEY AUTOINCREMENT,
    "CommunityId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "AdmittedTasks" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_community_task_counts_org_units_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "estate_handovers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_estate_handovers" PRIMARY KEY AUTOINCREMENT,
    "EstateId" INTEGER NOT NULL,
    "CommunityId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "TotalUnits" INTEGER NOT NULL,
    "OwnCommittee" INTEGER NOT NULL,
    "PlannedOn" TEXT NULL,
    "PlannedArea" TEXT NULL,
    "BuiltOn" TEXT NULL,
    "BuiltArea" TEXT NULL,
    "AcceptedOn" TEXT NULL,
    "AcceptedArea" TEXT NULL,
    "HandedOverOn" TEXT NULL,
    "HandedOverArea" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_estate_handovers_estates_EstateId" FOREIGN KEY ("EstateId") REFERENCES "estates" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_estate_handovers_org_units_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "funding_formulas" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_funding_formulas" PRIMARY KEY AUTOINCREMENT,
    "OrgUnitId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "BaseAmount" TEXT NOT NULL,
    "PerHousehold" TEXT NOT NULL,
    "PerTask" TEXT NOT NULL,
    "GrowthPercent" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_funding_formulas_org_units_OrgUnitId" FOREIGN KEY ("OrgUnitId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "local_wages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_local_wages" PRIMARY KEY AUTOINCREMENT,
    "OrgUnitId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "AverageAnnual" TEXT NULL,
    "MinimumMonthly" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_local_wages_org_units_OrgUnitId" FOREIGN KEY ("OrgUnitId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "service_rooms" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_service_rooms" PRIMARY KEY AUTOINCREMENT,
    "CommunityId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Area" TEXT NOT NULL,
    "Tenure" INTEGER NOT NULL,
    "FunctionRooms" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_service_rooms_org_units_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "social_organizations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_social_organizations" PRIMARY KEY AUTOINCREMENT,
    "CommunityId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Type" INTEGER NOT NULL,
    "Registered" INTEGER NOT NULL,
    "RegisteredOn" TEXT NOT NULL,
    "Active" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_social_organizations_org_units_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_budget_lines_CommunityId_Year_Category_Source" ON "budget_lines" ("CommunityId", "Year", "Category", "Source");

CREATE INDEX "IX_budget_lines_Path" ON "budget_lines" ("Path");

CREATE UNIQUE INDEX "IX_community_sites_CommunityId" ON "community_sites" ("CommunityId");

CREATE INDEX "IX_community_sites_Path" ON "community_sites" ("Path");

CREATE UNIQUE INDEX "IX_community_task_counts_CommunityId_Year" ON "community_task_counts" ("CommunityId", "Year");

CREATE INDEX "IX_community_task_counts_Path" ON "community_task_counts" ("Path");

CREATE INDEX "IX_estate_handovers_CommunityId" ON "estate_handovers" ("CommunityId");

CREATE UNIQUE INDEX "IX_estate_handovers_EstateId" ON "estate_handovers" ("EstateId");

CREATE INDEX "IX_estate_handovers_Path" ON "estate_handovers" ("Path");

CREATE INDEX "IX_funding_formulas_OrgUnitId" ON "funding_formulas" ("OrgUnitId");

CREATE UNIQUE INDEX "IX_funding_formulas_Path_Year" ON "funding_formulas" ("Path", "Year");

CREATE INDEX "IX_local_wages_OrgUnitId" ON "local_wages" ("OrgUnitId");

CREATE UNIQUE INDEX "IX_local_wages_Path_Year" ON "local_wages" ("Path", "Year");

CREATE UNIQUE INDEX "IX_service_rooms_CommunityId_Name" ON "service_rooms" ("CommunityId", "Name");

CREATE INDEX "IX_service_rooms_Path" ON "service_rooms" ("Path");

CREATE UNIQUE INDEX "IX_social_organizations_CommunityId_Name" ON "social_organizations" ("CommunityId", "Name");

CREATE INDEX "IX_social_organizations_Path" ON "social_organizations" ("Path");

-- The two room sets of the domain brief; a unit picks one with the standard facility_room_set (value = Id).
INSERT INTO room_sets ("Id", "Name", "Rooms", "Source") VALUES (1, '一站一市八室', '社区服务站、便民超市、党员活动室、警务室、调解室、图书阅览室、文体活动室、老年活动室、卫生服务室、青少年活动室', '四川：一个社区服务站、一个便民超市、八个功能室（常见列法，可按本地文件修改）');
INSERT INTO room_sets ("Id", "Name", "Rooms", "Source") VALUES (2, '一有九中心', '便民服务、综治服务、文体活动、卫生服务、老年人日间照料、儿童服务、志愿服务、新时代文明实践、应急服务', '河南某市：九个中心');
