// The names of every index, constraint-backed ones included: a fingerprint of the applied schema.
// no parameters
SHOW INDEXES YIELD name
RETURN name
ORDER BY name
