// The enabled user holding an unrevoked API token with this sha256.
// $hash: str
MATCH (u:User)-[:HOLDS]->(t:ApiToken {hash: $hash})
WHERE t.revoked_at IS NULL AND NOT coalesce(u.disabled, false)
RETURN u {.username, .role, .created_at, .disabled} AS user, t.id AS token_id
