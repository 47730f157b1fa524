-- Issue 4, service catalogue (办事指南): catalogue items with their materials and form fields as
-- validated JSON, applications (办件) against them with their history, and the daily counter of
-- application tracking numbers.

CREATE TABLE "application_number_counters" (
    "Day" TEXT NOT NULL CONSTRAINT "PK_application_number_counters" PRIMARY KEY,
    "Last" INTEGER NOT NULL
);

CREATE TABLE "catalogue_items" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_catalogue_items" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "NameZh" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "GuideZh" TEXT NOT NULL,
    "GuideEn" TEXT NOT NULL,
    "Level" INTEGER NOT NULL,
    "FixedUnitId" INTEGER NULL,
    "TimeLimitDays" INTEGER NOT NULL,
    "FeeClass" INTEGER NOT NULL,
    "FeeNote" TEXT NULL,
    "Active" INTEGER NOT NULL,
    "IsDefault" INTEGER NOT NULL,
    "MaterialsJson" TEXT NOT NULL,
    "FieldsJson" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_catalogue_items_org_units_FixedUnitId" FOREIGN KEY ("FixedUnitId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "service_applications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_service_applications" PRIMARY KEY AUTOINCREMENT,
    "TrackingNumber" TEXT NOT NULL,
    "VerificationHash" BLOB NOT NULL,
    "ItemId" INTEGER NOT NULL,
    "Channel" INTEGER NOT NULL,
    "CommunityId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "HandlingUnitId" INTEGER NOT NULL,
    "HandlingPath" TEXT NOT NULL,
    "AnswersJson" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "SubmittedAt" TEXT NOT NULL,
    "DueAt" TEXT NOT NULL,
    "DecidedAt" TEXT NULL,
    "Outcome" TEXT NULL,
    "CreatedBy" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_service_applications_catalogue_items_ItemId" FOREIGN KEY ("ItemId") REFERENCES "catalogue_items" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_service_applications_org_units_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_service_applications_org_units_HandlingUnitId" FOREIGN KEY ("HandlingUnitId") REFERENCES "org_units" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "application_transitions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_application_transitions" PRIMARY KEY AUTOINCREMENT,
    "ApplicationId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "Action" INTEGER NOT NULL,
    "From" INTEGER NULL,
    "To" INTEGER NOT NULL,
    "ActorId" TEXT NULL,
    "ActorName" TEXT NOT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_application_transitions_service_applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "service_applications" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_application_transitions_ApplicationId" ON "application_transitions" ("ApplicationId");

CREATE UNIQUE INDEX "IX_catalogue_items_Code" ON "catalogue_items" ("Code");

CREATE INDEX "IX_catalogue_items_FixedUnitId" ON "catalogue_items" ("FixedUnitId");

CREATE INDEX "IX_service_applications_CommunityId" ON "service_applications" ("CommunityId");

CREATE INDEX "IX_service_applications_HandlingPath_Status_DueAt" ON "service_applications" ("HandlingPath", "Status", "DueAt");

CREATE INDEX "IX_service_applications_HandlingUnitId" ON "service_applications" ("HandlingUnitId");

CREATE INDEX "IX_service_applications_ItemId" ON "service_applications" ("ItemId");

CREATE INDEX "IX_service_applications_Path" ON "service_applications" ("Path");

CREATE UNIQUE INDEX "IX_service_applications_TrackingNumber" ON "service_applications" ("TrackingNumber");

-- The default service catalogue (办事指南): realistic starting data that admins edit on /catalogue.

-- Same statements on SQLite and PostgreSQL (TRUE/FALSE and CURRENT_TIMESTAMP work on both).

INSERT INTO catalogue_items ("Code", "NameZh", "NameEn", "GuideZh", "GuideEn", "Level", "FixedUnitId", "TimeLimitDays", "FeeClass", "FeeNote", "Active", "IsDefault", "MaterialsJson", "FieldsJson", "Version", "UpdatedAt") VALUES
    ('JZ-001', '居住证明', 'Certificate of residence',
    '仅在本地仍保留此项证明的地区开具：多数城市已取消社区开具居住证明，可凭居住证、不动产权证或租赁备案直接办事。请先确认用途单位确实要求社区证明。',
    'Issued only where this certificate is still required: most cities have abolished community residence certificates and accept the residence permit, title deed or lease filing instead. Check first that the office asking for it really needs one.',
    5, NULL, 3, 1, NULL, TRUE, TRUE,
    '[{"nameZh":"申请人居民身份证原件及复印件","nameEn":"Applicant''s resident ID card (original and copy)","required":true},{"nameZh":"房产证或经备案的租房合同","nameEn":"Title deed or a filed lease","required":true},{"nameZh":"户口簿原件及复印件","nameEn":"Household register (hukou booklet, original and copy)","required":false}]',
    '[{"key":"applicantName","labelZh":"申请人姓名","labelEn":"Applicant''s name","type":"Text","required":true,"maxLength":50},{"key":"idNumber","labelZh":"申请人身份证号码","labelEn":"Applicant''s ID number","type":"IdNumber","required":true},{"key":"phone","labelZh":"联系电话","labelEn":"Phone","type":"Phone","required":true},{"key":"address","labelZh":"现居住地址","labelEn":"Current address","type":"Text","required":true,"maxLength":100},{"key":"livedSince","labelZh":"开始居住日期","labelEn":"Living there since","type":"Date","required":true},{"key":"purpose","labelZh":"证明用途","labelEn":"Purpose","type":"Choice","required":true,"choices":["子女入学","就业","社保办理","其他"]}]',
    0, CURRENT_TIMESTAMP);

INSERT INTO catalogue_items ("Code", "NameZh", "NameEn", "GuideZh", "GuideEn", "Level", "FixedUnitId", "TimeLimitDays", "FeeClass", "FeeNote", "Active", "IsDefault", "MaterialsJson", "FieldsJson", "Version", "UpdatedAt") VALUES
    ('DB-001', '最低生活保障申请', 'Minimum living allowance (dibao)',
    '共同生活的家庭成员人均收入低于当地低保标准、且财产符合规定的家庭可申请。街道受理并入户调查、民主评议，公示后审核确认；审核期间请保持电话畅通。',
    'Families whose per-person income is below the local dibao line and whose assets meet the rules may apply. The street office accepts the application, visits the home, holds a public review and confirms it after publication; keep your phone on meanwhile.',
    4, NULL, 30, 1, NULL, TRUE, TRUE,
    '[{"nameZh":"申请人居民身份证原件及复印件","nameEn":"Applicant''s resident ID card (original and copy)","required":true},{"nameZh":"户口簿原件及复印件","nameEn":"Household register (hukou booklet, original and copy)","required":true},{"nameZh":"家庭成员收入证明","nameEn":"Income statements of every household member","required":true},{"nameZh":"家庭经济状况核对授权书（全体成年成员签字）","nameEn":"Signed authorisation to check the household''s finances (every adult member)","required":true},{"nameZh":"残疾证、病历等特殊情况证明","nameEn":"Disability card, medical records or other proof of special circumstances","required":false}]',
    '[{"key":"applicantName","labelZh":"申请人姓名","labelEn":"Applicant''s name","type":"Text","required":true,"maxLength":50},{"key":"idNumber","labelZh":"申请人身份证号码","labelEn":"Applicant''s ID number","type":"IdNumber","required":true},{"key":"phone","labelZh":"联系电话","labelEn":"Phone","type":"Phone","required":true},{"key":"householdSize","labelZh":"共同生活家庭人数","labelEn":"People in the household","type":"Number","required":true,"min":1,"max":20},{"key":"monthlyIncome","labelZh":"家庭月总收入（元）","labelEn":"Household monthly income (yuan)","type":"Number","required":true,"min":0,"max":1000000},{"key":"hasVehicle","labelZh":"家庭是否有机动车","labelEn":"Does the household own a motor vehicle","type":"YesNo","required":true},{"key":"reason","labelZh":"申请理由","labelEn":"Reason for applying","type":"LongText","required":true,"maxLength":500}]',
    0, CURRENT_TIMESTAMP);

INSERT INTO catalogue_items ("Code", "NameZh", "NameEn", "GuideZh", "GuideEn", "Level", "FixedUnitId", "TimeLimitDays", "FeeClass", "FeeNote", "Active", "IsDefault", "MaterialsJson", "FieldsJson", "Version", "UpdatedAt") VALUES
    ('LY-001', '老年人优待证', 'Senior citizen privilege card',
    '年满60周岁的本市户籍老年人及常住老年人可办理，凭证享受公园、公共交通等优待。社区受理，区老龄办制证后通知领取。',
    'Residents aged 60 and over may apply; the card gives concessions in parks, public transport and more. The community takes the application in; the district''s ageing office makes the card and tells you when to collect it.',
    5, NULL, 5, 1, NULL, TRUE, TRUE,
    '[{"nameZh":"申请人居民身份证原件及复印件","nameEn":"Applicant''s resident ID card (original and copy)","required":true},{"nameZh":"近期一寸免冠彩色照片1张","nameEn":"One recent one-inch colour photo","required":true},{"nameZh":"户口簿原件及复印件","nameEn":"Household register (hukou booklet, original and copy)","required":false}]',
    '[{"key":"applicantName","labelZh":"申请人姓名","labelEn":"Applicant''s name","type":"Text","required":true,"maxLength":50},{"key":"idNumber","labelZh":"申请人身份证号码","labelEn":"Applicant''s ID number","type":"IdNumber","required":true},{"key":"phone","labelZh":"联系电话","labelEn":"Phone","type":"Phone","required":true},{"key":"photoReady","labelZh":"是否已备好照片","labelEn":"Photo ready","type":"YesNo","required":false}]',
    0, CURRENT_TIMESTAMP);

INSERT INTO catalogue_items ("Code", "NameZh", "NameEn", "GuideZh", "GuideEn", "Level", "FixedUnitId", "TimeLimitDays", "FeeClass", "FeeNote", "Active", "IsDefault", "MaterialsJson", "FieldsJson", "Version", "UpdatedAt") VALUES
    ('CJ-001', '残疾人两项补贴', 'Two disability subsidies',
    '困难残疾人生活补贴面向低保家庭中的残疾人；重度残疾人护理补贴面向残疾等级为一、二级（部分地区含三、四级智力和精神残疾）的残疾人。街道受理审核，区残联、民政部门审定。',
    'The living subsidy is for disabled members of dibao families; the nursing subsidy is for people with grade 1 or 2 disabilities (in some places also grade 3–4 intellectual or mental disabilities). The street office checks it; the district disabled persons'' federation and civil affairs decide.',
    4, NULL, 20, 1, NULL, TRUE, TRUE,
    '[{"nameZh":"第二代残疾人证","nameEn":"Second-generation disability card","required":true},{"nameZh":"申请人居民身份证原件及复印件","nameEn":"Applicant''s resident ID card (original and copy)","required":true},{"nameZh":"户口簿原件及复印件","nameEn":"Household register (hukou booklet, original and copy)","required":true},{"nameZh":"低保证（申请生活补贴时）","nameEn":"Dibao card (for the living subsidy)","required":false},{"nameZh":"本人银行卡或存折","nameEn":"Applicant''s bank card or passbook","required":true}]',
    '[{"key":"applicantName","labelZh":"申请人姓名","labelEn":"Applicant''s name","type":"Text","required":true,"maxLength":50},{"key":"idNumber","labelZh":"申请人身份证号码","labelEn":"Applicant''s ID number","type":"IdNumber","required":true},{"key":"phone","labelZh":"联系电话","labelEn":"Phone","type":"Phone","required":true},{"key":"disabilityCardNumber","labelZh":"残疾人证号","labelEn":"Disability card number","type":"Text","required":true,"maxLength":30},{"key":"disabilityGrade","labelZh":"残疾等级","labelEn":"Disability grade","type":"Choice","required":true,"choices":["一级","二级","三级","四级"]},{"key":"subsidy","labelZh":"申请补贴","labelEn":"Subsidy applied for","type":"Choice","required":true,"choices":["困难残疾人生活补贴","重度残疾人护理补贴","两项都申请"]}]',
    0, CURRENT_TIMESTAMP);

INSERT INTO catalogue_items ("Code", "NameZh", "NameEn", "GuideZh", "GuideEn", "Level", "FixedUnitId", "TimeLimitDays", "FeeClass", "FeeNote", "Active", "IsDefault", "MaterialsJson", "FieldsJson", "Version", "UpdatedAt") VALUES
    ('JY-001', '就业登记/失业登记', 'Employment or unemployment registration',
    '在法定劳动年龄内、有劳动能力和就业要求的居民可办理。失业登记后可享受免费职业介绍、职业指导和培训补贴；就业登记由用人单位或本人办理。',
    'Residents of working age who can and want to work may register. Registered unemployed people get free job placement, career guidance and training subsidies; employment is registered by the employer or the person.',
    5, NULL, 3, 1, NULL, TRUE, TRUE,
    '[{"nameZh":"申请人居民身份证原件及复印件","nameEn":"Applicant''s resident ID card (original and copy)","required":true},{"nameZh":"劳动合同或解除（终止）劳动关系证明","nameEn":"Labour contract, or proof that it ended","required":true},{"nameZh":"学历证明","nameEn":"Proof of education","required":false}]',
    '[{"key":"applicantName","labelZh":"申请人姓名","labelEn":"Applicant''s name","type":"Text","required":true,"maxLength":50},{"key":"idNumber","labelZh":"申请人身份证号码","labelEn":"Applicant''s ID number","type":"IdNumber","required":true},{"key":"phone","labelZh":"联系电话","labelEn":"Phone","type":"Phone","required":true},{"key":"registration","labelZh":"登记类型","labelEn":"Registration","type":"Choice","required":true,"choices":["就业登记","失业登记"]},{"key":"employer","labelZh":"用人单位（就业登记填写）","labelEn":"Employer (for employment registration)","type":"Text","required":false,"maxLength":100},{"key":"lastJobEnded","labelZh":"上次就业结束日期（失业登记填写）","labelEn":"Last job ended (for unemployment registration)","type":"Date","required":false}]',
    0, CURRENT_TIMESTAMP);

INSERT INTO catalogue_items ("Code", "NameZh", "NameEn", "GuideZh", "GuideEn", "Level", "FixedUnitId", "TimeLimitDays", "FeeClass", "FeeNote", "Active", "IsDefault", "MaterialsJson", "FieldsJson", "Version", "UpdatedAt") VALUES
    ('LS-001', '临时救助', 'Temporary assistance',
    '因火灾、交通事故、突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭或个人可申请。情况紧急的可先行救助、后补手续。',
    'Families or people whose basic living is suddenly in serious difficulty because of fire, a traffic accident, sudden serious illness and the like may apply. In an emergency, help comes first and the paperwork after.',
    4, NULL, 10, 1, NULL, TRUE, TRUE,
    '[{"nameZh":"申请人居民身份证原件及复印件","nameEn":"Applicant''s resident ID card (original and copy)","required":true},{"nameZh":"户口簿原件及复印件","nameEn":"Household register (hukou booklet, original and copy)","required":true},{"nameZh":"事故、医疗等困难情况证明","nameEn":"Proof of the accident, illness or other hardship","required":true},{"nameZh":"医疗费用票据","nameEn":"Medical bills","required":false}]',
    '[{"key":"applicantName","labelZh":"申请人姓名","labelEn":"Applicant''s name","type":"Text","required":true,"maxLength":50},{"key":"idNumber","labelZh":"申请人身份证号码","labelEn":"Applicant''s ID number","type":"IdNumber","required":true},{"key":"phone","labelZh":"联系电话","labelEn":"Phone","type":"Phone","required":true},{"key":"householdSize","labelZh":"共同生活家庭人数","labelEn":"People in the household","type":"Number","required":true,"min":1,"max":20},{"key":"cause","labelZh":"困难原因","labelEn":"Cause of hardship","type":"Choice","required":true,"choices":["火灾等意外事故","突发重大疾病","交通事故","其他"]},{"key":"amountRequested","labelZh":"申请金额（元，可不填）","labelEn":"Amount requested (yuan, optional)","type":"Number","required":false,"min":0,"max":50000},{"key":"description","labelZh":"困难情况说明","labelEn":"Describe the hardship","type":"LongText","required":true,"maxLength":1000}]',
    0, CURRENT_TIMESTAMP);

INSERT INTO catalogue_items ("Code", "NameZh", "NameEn", "GuideZh", "GuideEn", "Level", "FixedUnitId", "TimeLimitDays", "FeeClass", "FeeNote", "Active", "IsDefault", "MaterialsJson", "FieldsJson", "Version", "UpdatedAt") VALUES
    ('GL-001', '高龄津贴', 'Old-age allowance',
    '年满80周岁的本地户籍老年人可申请，按月发放至本人账户（标准由各地确定）。行动不便的可由亲属代办。',
    'Local residents aged 80 and over may apply; it is paid monthly into their own account (each city sets the amount). Relatives may apply for people who cannot come.',
    5, NULL, 15, 1, NULL, TRUE, TRUE,
    '[{"nameZh":"申请人居民身份证原件及复印件","nameEn":"Applicant''s resident ID card (original and copy)","required":true},{"nameZh":"户口簿原件及复印件","nameEn":"Household register (hukou booklet, original and copy)","required":true},{"nameZh":"本人银行卡或存折","nameEn":"Applicant''s bank card or passbook","required":true},{"nameZh":"代办人身份证（代办时）","nameEn":"Agent''s ID card (when a relative applies)","required":false}]',
    '[{"key":"applicantName","labelZh":"申请人姓名","labelEn":"Applicant''s name","type":"Text","required":true,"maxLength":50},{"key":"idNumber","labelZh":"申请人身份证号码","labelEn":"Applicant''s ID number","type":"IdNumber","required":true},{"key":"phone","labelZh":"联系电话","labelEn":"Phone","type":"Phone","required":true},{"key":"agentName","labelZh":"代办人姓名（可不填）","labelEn":"Agent''s name (optional)","type":"Text","required":false,"maxLength":50},{"key":"agentPhone","labelZh":"代办人电话（可不填）","labelEn":"Agent''s phone (optional)","type":"Phone","required":false}]',
    0, CURRENT_TIMESTAMP);

INSERT INTO catalogue_items ("Code", "NameZh", "NameEn", "GuideZh", "GuideEn", "Level", "FixedUnitId", "TimeLimitDays", "FeeClass", "FeeNote", "Active", "IsDefault", "MaterialsJson", "FieldsJson", "Version", "UpdatedAt") VALUES
    ('SY-001', '生育登记', 'Birth registration',
    '夫妻双方均可在户籍地或现居住地社区办理生育登记，一孩、二孩、三孩均实行登记服务，当日或次个工作日办结。',
    'Either parent may register a birth at the community where they are registered or live; first, second and third children are all simply registered, done the same or next working day.',
    5, NULL, 1, 1, NULL, TRUE, TRUE,
    '[{"nameZh":"夫妻双方居民身份证","nameEn":"Both parents'' resident ID cards","required":true},{"nameZh":"结婚证","nameEn":"Marriage certificate","required":true},{"nameZh":"户口簿原件及复印件","nameEn":"Household register (hukou booklet, original and copy)","required":false}]',
    '[{"key":"motherName","labelZh":"女方姓名","labelEn":"Mother''s name","type":"Text","required":true,"maxLength":50},{"key":"motherIdNumber","labelZh":"女方身份证号码","labelEn":"Mother''s ID number","type":"IdNumber","required":true},{"key":"fatherName","labelZh":"男方姓名","labelEn":"Father''s name","type":"Text","required":true,"maxLength":50},{"key":"fatherIdNumber","labelZh":"男方身份证号码","labelEn":"Father''s ID number","type":"IdNumber","required":true},{"key":"phone","labelZh":"联系电话","labelEn":"Phone","type":"Phone","required":true},{"key":"childOrder","labelZh":"生育孩次","labelEn":"Which child","type":"Choice","required":true,"choices":["一孩","二孩","三孩及以上"]},{"key":"expectedDate","labelZh":"预产期或出生日期","labelEn":"Due date or date of birth","type":"Date","required":false}]',
    0, CURRENT_TIMESTAMP);

INSERT INTO catalogue_items ("Code", "NameZh", "NameEn", "GuideZh", "GuideEn", "Level", "FixedUnitId", "TimeLimitDays", "FeeClass", "FeeNote", "Active", "IsDefault", "MaterialsJson", "FieldsJson", "Version", "UpdatedAt") VALUES
    ('YL-001', '居家养老上门服务', 'Home care visits for older people',
    '为居家的失能、半失能及高龄老人提供助餐、助洁、助浴、助医上门服务，由社区对接加盟服务企业。',
    'Meals, cleaning, bathing and medical escort at home for older people who need care, arranged by the community with a member service company.',
    5, NULL, 5, 2, '低保、特困老人免费；其他老人每小时20元（政府补贴后）', TRUE, TRUE,
    '[{"nameZh":"申请人居民身份证原件及复印件","nameEn":"Applicant''s resident ID card (original and copy)","required":true},{"nameZh":"失能或高龄情况证明","nameEn":"Proof of care needs or age","required":false}]',
    '[{"key":"applicantName","labelZh":"申请人姓名","labelEn":"Applicant''s name","type":"Text","required":true,"maxLength":50},{"key":"idNumber","labelZh":"申请人身份证号码","labelEn":"Applicant''s ID number","type":"IdNumber","required":true},{"key":"phone","labelZh":"联系电话","labelEn":"Phone","type":"Phone","required":true},{"key":"address","labelZh":"服务地址","labelEn":"Address for the visits","type":"Text","required":true,"maxLength":100},{"key":"service","labelZh":"服务项目","labelEn":"Service","type":"Choice","required":true,"choices":["助餐","助洁","助浴","助医"]},{"key":"weeklyHours","labelZh":"每周服务小时数","labelEn":"Hours per week","type":"Number","required":true,"min":1,"max":40}]',
    0, CURRENT_TIMESTAMP);

