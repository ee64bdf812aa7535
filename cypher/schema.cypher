// Schema: uniqueness constraints on every label's id and the indexes the reads use.
// The one file with several statements (separated by ;), all idempotent (IF NOT EXISTS).
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT area_id IF NOT EXISTS FOR (n:Area) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT support_type_id IF NOT EXISTS FOR (n:SupportType) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ingest_run_id IF NOT EXISTS FOR (n:IngestRun) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT metric_snapshot_id IF NOT EXISTS FOR (n:MetricSnapshot) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partnership_id IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT demand_id IF NOT EXISTS FOR ()-[r:HAS_DEMAND]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT referral_id IF NOT EXISTS FOR ()-[r:REFERRED]-() REQUIRE r.id IS UNIQUE;
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX organisation_area IF NOT EXISTS FOR (n:Organisation) ON (n.area);
CREATE TEXT INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX area_level IF NOT EXISTS FOR (n:Area) ON (n.level);
CREATE INDEX area_code IF NOT EXISTS FOR (n:Area) ON (n.code);
CREATE INDEX demand_period IF NOT EXISTS FOR ()-[r:HAS_DEMAND]-() ON (r.period);
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (n:User) REQUIRE n.username IS UNIQUE;
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at);
CREATE INDEX audit_event_target IF NOT EXISTS FOR (n:AuditEvent) ON (n.target);
CREATE INDEX person_updated_at IF NOT EXISTS FOR (n:Person) ON (n.updated_at)
