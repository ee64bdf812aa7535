// People whose name contains $q (case-insensitive), at most $limit, by name.
// $q: str, $limit: int
MATCH (p:Person)
WHERE toLower(p.name) CONTAINS toLower($q)
RETURN p.id AS id, p.name AS name
ORDER BY name LIMIT $limit
