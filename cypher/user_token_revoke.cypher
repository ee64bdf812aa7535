// Revoke an API token by id (kept, marked revoked); returns the holder, or no row when unknown.
// $id: str, $now: datetime
MATCH (u:User)-[:HOLDS]->(t:ApiToken {id: $id})
SET t.revoked_at = coalesce(t.revoked_at, $now)
RETURN u.username AS username
