// Drop the :LoadProbe id constraint once the probe nodes are gone.
DROP CONSTRAINT load_probe_id IF EXISTS
