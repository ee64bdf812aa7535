// The :LoadProbe id constraint, so the reference MERGE seeks an index as the upserts do.
CREATE CONSTRAINT load_probe_id IF NOT EXISTS FOR (n:LoadProbe) REQUIRE n.id IS UNIQUE
