// Every user (no password hash) with the tokens they hold, by username.
// no parameters
MATCH (u:User)
RETURN u {.username, .role, .created_at, .disabled} AS user,
       COLLECT { MATCH (u)-[:HOLDS]->(t:ApiToken)
                 RETURN t {.id, .label, .created_at, .revoked_at} ORDER BY t.created_at } AS tokens
ORDER BY u.username
