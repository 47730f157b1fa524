-- Issue 4, second half: Open311 API keys and member service companies (加盟企业),
-- with the company a request is routed to.

CREATE TABLE "service_companies" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_service_companies" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Contact" TEXT NOT NULL,
    "Active" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "service_company_areas" (
    "CompanyId" INTEGER NOT NULL,
    "PathPrefix" TEXT NOT NULL,
    CONSTRAINT "PK_service_company_areas" PRIMARY KEY ("CompanyId", "PathPrefix"),
    CONSTRAINT "FK_service_company_areas_service_companies_CompanyId" FOREIGN KEY ("CompanyId") REFERENCES "service_companies" ("Id") ON DELETE CASCADE
);

CREATE TABLE "service_company_categories" (
    "CompanyId" INTEGER NOT NULL,
    "CategoryId" INTEGER NOT NULL,
    CONSTRAINT "PK_service_company_categories" PRIMARY KEY ("CompanyId", "CategoryId"),
    CONSTRAINT "FK_service_company_categories_request_categories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "request_categories" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_service_company_categories_service_companies_CompanyId" FOREIGN KEY ("CompanyId") REFERENCES "service_companies" ("Id") ON DELETE CASCADE
);

CREATE TABLE "service_company_prices" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_service_company_prices" PRIMARY KEY AUTOINCREMENT,
    "CompanyId" INTEGER NOT NULL,
    "Item" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "PriceFen" INTEGER NOT NULL,
    CONSTRAINT "FK_service_company_prices_service_companies_CompanyId" FOREIGN KEY ("CompanyId") REFERENCES "service_companies" ("Id") ON DELETE CASCADE
);

CREATE TABLE "service_company_users" (
    "UserId" TEXT NOT NULL CONSTRAINT "PK_service_company_users" PRIMARY KEY,
    "CompanyId" INTEGER NOT NULL,
    CONSTRAINT "FK_service_company_users_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_service_company_users_service_companies_CompanyId" FOREIGN KEY ("CompanyId") REFERENCES "service_companies" ("Id") ON DELETE CASCADE
);

CREATE TABLE "open311_api_keys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_open311_api_keys" PRIMARY KEY AUTOINCREMENT,
    "KeyHash" BLOB NOT NULL,
    "Owner" TEXT NOT NULL,
    "OrgUnitId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "CanSubmit" INTEGER NOT NULL,
    "Active" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "LastUsedAt" TEXT NULL,
    CONSTRAINT "FK_open311_api_keys_org_units_OrgUnitId" FOREIGN KEY ("OrgUnitId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);

ALTER TABLE "service_requests" ADD COLUMN "ServiceCompanyId" INTEGER NULL CONSTRAINT "FK_service_requests_service_companies_ServiceCompanyId" REFERENCES "service_companies" ("Id") ON DELETE RESTRICT;

CREATE UNIQUE INDEX "IX_open311_api_keys_KeyHash" ON "open311_api_keys" ("KeyHash");

CREATE INDEX "IX_open311_api_keys_OrgUnitId" ON "open311_api_keys" ("OrgUnitId");

CREATE UNIQUE INDEX "IX_service_companies_Name" ON "service_companies" ("Name");

CREATE INDEX "IX_service_company_categories_CategoryId" ON "service_company_categories" ("CategoryId");

CREATE INDEX "IX_service_company_prices_CompanyId" ON "service_company_prices" ("CompanyId");

CREATE INDEX "IX_service_company_users_CompanyId" ON "service_company_users" ("CompanyId");

CREATE INDEX "IX_service_requests_ServiceCompanyId_Status" ON "service_requests" ("ServiceCompanyId", "Status");
