// People by name, for the person fields of the edit forms (a datalist of "name (id)").
// $limit: int
MATCH (p:Person)
RETURN p.id AS id, p.name AS name
ORDER BY toLower(p.name), p.id
LIMIT $limit
