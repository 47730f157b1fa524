-- Issue 4, first increment: citizen requests (诉求) — categories, requests and their history, callbacks,
-- routing rules, attachments, tracking-number counters and the working-day calendar.

CREATE TABLE "calendar_days" (
    "Date" TEXT NOT NULL CONSTRAINT "PK_calendar_days" PRIMARY KEY,
    "IsWorkingDay" INTEGER NOT NULL,
    "Name" TEXT NOT NULL
);

CREATE TABLE "request_categories" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_request_categories" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "NameZh" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "ParentId" INTEGER NULL,
    "DefaultTarget" INTEGER NOT NULL,
    "ResponseHours" INTEGER NOT NULL,
    "ResolutionDays" INTEGER NOT NULL,
    "Active" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_request_categories_request_categories_ParentId" FOREIGN KEY ("ParentId") REFERENCES "request_categories" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "request_number_counters" (
    "Day" TEXT NOT NULL CONSTRAINT "PK_request_number_counters" PRIMARY KEY,
    "Last" INTEGER NOT NULL
);

CREATE TABLE "routing_rules" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_routing_rules" PRIMARY KEY AUTOINCREMENT,
    "CategoryId" INTEGER NULL,
    "PathPrefix" TEXT NOT NULL,
    "TargetUnitId" INTEGER NOT NULL,
    "Active" INTEGER NOT NULL,
    "Note" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_routing_rules_org_units_TargetUnitId" FOREIGN KEY ("TargetUnitId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_routing_rules_request_categories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "request_categories" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "service_requests" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_service_requests" PRIMARY KEY AUTOINCREMENT,
    "TrackingNumber" TEXT NOT NULL,
    "VerificationHash" BLOB NOT NULL,
    "Channel" INTEGER NOT NULL,
    "CategoryId" INTEGER NOT NULL,
    "PlaceUnitId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "EstateId" INTEGER NULL,
    "Address" TEXT NULL,
    "Latitude" REAL NULL,
    "Longitude" REAL NULL,
    "Description" TEXT NOT NULL,
    "ContactName" TEXT NULL,
    "PhoneCipher" BLOB NULL,
    "PhoneHash" BLOB NULL,
    "PhoneMasked" TEXT NULL,
    "NotifyOptIn" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "AssignedUnitId" INTEGER NULL,
    "AssignedPath" TEXT NULL,
    "ReceivedAt" TEXT NOT NULL,
    "ResponseDueAt" TEXT NOT NULL,
    "ResolutionDueAt" TEXT NOT NULL,
    "RespondedAt" TEXT NULL,
    "ResolvedAt" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "WarnedAt" TEXT NULL,
    "OverdueAt" TEXT NULL,
    "EscalationLevel" INTEGER NOT NULL,
    "ReopenCount" INTEGER NOT NULL,
    "SuggestedDuplicateOfId" INTEGER NULL,
    "MergedIntoId" INTEGER NULL,
    "CreatedBy" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_service_requests_org_units_AssignedUnitId" FOREIGN KEY ("AssignedUnitId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_service_requests_org_units_PlaceUnitId" FOREIGN KEY ("PlaceUnitId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_service_requests_request_categories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "request_categories" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "request_attachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_request_attachments" PRIMARY KEY AUTOINCREMENT,
    "RequestId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "StoredName" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    CONSTRAINT "FK_request_attachments_service_requests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "service_requests" ("Id") ON DELETE CASCADE
);

CREATE TABLE "request_callbacks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_request_callbacks" PRIMARY KEY AUTOINCREMENT,
    "RequestId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "ByUserId" TEXT NULL,
    "ByName" TEXT NOT NULL,
    "Reached" INTEGER NOT NULL,
    "Resolved" INTEGER NULL,
    "Satisfied" INTEGER NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_request_callbacks_service_requests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "service_requests" ("Id") ON DELETE CASCADE
);

CREATE TABLE "request_transitions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_request_transitions" PRIMARY KEY AUTOINCREMENT,
    "RequestId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "Action" INTEGER NOT NULL,
    "From" INTEGER NULL,
    "To" INTEGER NOT NULL,
    "ActorId" TEXT NULL,
    "ActorName" TEXT NOT NULL,
    "ActorRole" INTEGER NULL,
    "Note" TEXT NULL,
    "ToUnitId" INTEGER NULL,
    CONSTRAINT "FK_request_transitions_service_requests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "service_requests" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_request_attachments_RequestId" ON "request_attachments" ("RequestId");

CREATE INDEX "IX_request_callbacks_RequestId" ON "request_callbacks" ("RequestId");

CREATE UNIQUE INDEX "IX_request_categories_Code" ON "request_categories" ("Code");

CREATE INDEX "IX_request_categories_ParentId" ON "request_categories" ("ParentId");

CREATE INDEX "IX_request_transitions_RequestId" ON "request_transitions" ("RequestId");

CREATE INDEX "IX_routing_rules_CategoryId" ON "routing_rules" ("CategoryId");

CREATE INDEX "IX_routing_rules_PathPrefix" ON "routing_rules" ("PathPrefix");

CREATE INDEX "IX_routing_rules_TargetUnitId" ON "routing_rules" ("TargetUnitId");

CREATE INDEX "IX_service_requests_AssignedPath_Status" ON "service_requests" ("AssignedPath", "Status");

CREATE INDEX "IX_service_requests_AssignedUnitId" ON "service_requests" ("AssignedUnitId");

CREATE INDEX "IX_service_requests_CategoryId_PlaceUnitId_Status" ON "service_requests" ("CategoryId", "PlaceUnitId", "Status");

CREATE INDEX "IX_service_requests_Path" ON "service_requests" ("Path");

CREATE INDEX "IX_service_requests_PhoneHash" ON "service_requests" ("PhoneHash");

CREATE INDEX "IX_service_requests_PlaceUnitId" ON "service_requests" ("PlaceUnitId");

CREATE INDEX "IX_service_requests_ReceivedAt" ON "service_requests" ("ReceivedAt");

CREATE UNIQUE INDEX "IX_service_requests_TrackingNumber" ON "service_requests" ("TrackingNumber");

-- Default request categories (two levels). DefaultTarget: 1 community, 2 street, 3 department (needs a routing rule).
-- ResponseHours: working hours to sign for a request; ResolutionDays: working days to resolve it.
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('01', '市容环境', 'City appearance and environment', NULL, 1, 4, 5, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0101', '路灯不亮', 'Street light out', (SELECT "Id" FROM request_categories WHERE "Code" = '01'), 2, 4, 3, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0102', '垃圾清运不及时', 'Rubbish not collected', (SELECT "Id" FROM request_categories WHERE "Code" = '01'), 1, 4, 2, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0103', '占道经营', 'Street vending blocking the way', (SELECT "Id" FROM request_categories WHERE "Code" = '01'), 2, 4, 3, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0104', '违章搭建', 'Illegal construction', (SELECT "Id" FROM request_categories WHERE "Code" = '01'), 2, 8, 10, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0105', '噪声扰民', 'Noise nuisance', (SELECT "Id" FROM request_categories WHERE "Code" = '01'), 1, 4, 3, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('02', '物业管理', 'Property management', NULL, 1, 8, 5, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0201', '电梯故障', 'Lift breakdown', (SELECT "Id" FROM request_categories WHERE "Code" = '02'), 1, 2, 2, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0202', '供水问题', 'Water supply problem', (SELECT "Id" FROM request_categories WHERE "Code" = '02'), 1, 2, 2, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0203', '停车管理', 'Parking', (SELECT "Id" FROM request_categories WHERE "Code" = '02'), 1, 8, 5, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0204', '物业服务质量', 'Property service quality', (SELECT "Id" FROM request_categories WHERE "Code" = '02'), 1, 8, 7, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0205', '公共设施维修', 'Repair of shared facilities', (SELECT "Id" FROM request_categories WHERE "Code" = '02'), 1, 8, 5, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('03', '邻里纠纷', 'Neighbour dispute', NULL, 1, 8, 7, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('04', '养老服务', 'Elderly care', NULL, 1, 8, 5, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0401', '上门助餐', 'Meal delivery at home', (SELECT "Id" FROM request_categories WHERE "Code" = '04'), 1, 8, 5, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0402', '居家养老上门服务', 'Home care visit', (SELECT "Id" FROM request_categories WHERE "Code" = '04'), 1, 8, 5, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0403', '老年优待证办理', 'Senior privilege card', (SELECT "Id" FROM request_categories WHERE "Code" = '04'), 2, 8, 10, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('05', '社会保障', 'Social assistance', NULL, 2, 8, 10, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0501', '低保咨询', 'Minimum living allowance enquiry', (SELECT "Id" FROM request_categories WHERE "Code" = '05'), 2, 8, 10, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0502', '残疾人补贴', 'Disability allowance', (SELECT "Id" FROM request_categories WHERE "Code" = '05'), 2, 8, 10, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0503', '就业登记', 'Employment registration', (SELECT "Id" FROM request_categories WHERE "Code" = '05'), 2, 8, 10, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('06', '公共安全', 'Public safety', NULL, 1, 2, 1, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0601', '消防通道堵塞', 'Blocked fire lane', (SELECT "Id" FROM request_categories WHERE "Code" = '06'), 1, 2, 1, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0602', '井盖缺失', 'Missing manhole cover', (SELECT "Id" FROM request_categories WHERE "Code" = '06'), 3, 2, 1, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('07', '市政设施', 'Municipal facilities', NULL, 3, 8, 10, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0701', '道路破损', 'Damaged road', (SELECT "Id" FROM request_categories WHERE "Code" = '07'), 3, 8, 10, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('0702', '下水道堵塞', 'Blocked sewer', (SELECT "Id" FROM request_categories WHERE "Code" = '07'), 3, 4, 3, TRUE, 0);
INSERT INTO request_categories ("Code", "NameZh", "NameEn", "ParentId", "DefaultTarget", "ResponseHours", "ResolutionDays", "Active", "Version") VALUES ('08', '其他', 'Other', NULL, 1, 8, 7, TRUE, 0);

-- Working-day calendar exceptions from the State Council notices: 国办发明电〔2024〕12号 (2025) and
-- 国办发明电〔2025〕7号 (2026). Weekend days inside a holiday are listed too, so a year reads as published.
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-01-01', FALSE, '元旦');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-01-26', TRUE, '春节调休上班');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-01-28', FALSE, '春节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-01-29', FALSE, '春节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-01-30', FALSE, '春节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-01-31', FALSE, '春节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-02-01', FALSE, '春节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-02-02', FALSE, '春节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-02-03', FALSE, '春节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-02-04', FALSE, '春节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-02-08', TRUE, '春节调休上班');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-04-04', FALSE, '清明节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-04-05', FALSE, '清明节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-04-06', FALSE, '清明节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-04-27', TRUE, '劳动节调休上班');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-05-01', FALSE, '劳动节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-05-02', FALSE, '劳动节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-05-03', FALSE, '劳动节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-05-04', FALSE, '劳动节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-05-05', FALSE, '劳动节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-05-31', FALSE, '端午节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-06-01', FALSE, '端午节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-06-02', FALSE, '端午节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-09-28', TRUE, '国庆节调休上班');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-10-01', FALSE, '国庆节、中秋节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-10-02', FALSE, '国庆节、中秋节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-10-03', FALSE, '国庆节、中秋节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-10-04', FALSE, '国庆节、中秋节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-10-05', FALSE, '国庆节、中秋节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-10-06', FALSE, '国庆节、中秋节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-10-07', FALSE, '国庆节、中秋节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-10-08', FALSE, '国庆节、中秋节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2025-10-11', TRUE, '国庆节调休上班');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-01-01', FALSE, '元旦');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-01-02', FALSE, '元旦');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-01-03', FALSE, '元旦');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-01-04', TRUE, '元旦调休上班');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-02-14', TRUE, '春节调休上班');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-02-15', FALSE, '春节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-02-16', FALSE, '春节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-02-17', FALSE, '春节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-02-18', FALSE, '春节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-02-19', FALSE, '春节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-02-20', FALSE, '春节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-02-21', FALSE, '春节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-02-22', FALSE, '春节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-02-23', FALSE, '春节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-02-28', TRUE, '春节调休上班');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-04-04', FALSE, '清明节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-04-05', FALSE, '清明节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-04-06', FALSE, '清明节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-05-01', FALSE, '劳动节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-05-02', FALSE, '劳动节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-05-03', FALSE, '劳动节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-05-04', FALSE, '劳动节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-05-05', FALSE, '劳动节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-05-09', TRUE, '劳动节调休上班');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-06-19', FALSE, '端午节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-06-20', FALSE, '端午节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-06-21', FALSE, '端午节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-09-20', TRUE, '国庆节调休上班');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-09-25', FALSE, '中秋节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-09-26', FALSE, '中秋节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-09-27', FALSE, '中秋节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-10-01', FALSE, '国庆节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-10-02', FALSE, '国庆节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-10-03', FALSE, '国庆节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-10-04', FALSE, '国庆节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-10-05', FALSE, '国庆节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-10-06', FALSE, '国庆节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-10-07', FALSE, '国庆节');
INSERT INTO calendar_days ("Date", "IsWorkingDay", "Name") VALUES ('2026-10-10', TRUE, '国庆节调休上班');
