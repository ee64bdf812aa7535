// One person's KNOWS contacts that exist on $as_of, with names.
// $id: str, $as_of: date
MATCH (p:Person {id: $id})-[k:KNOWS]-(q:Person)
WHERE k.since IS NULL OR k.since <= $as_of
RETURN q.id AS person, q.name AS name, k.context AS context, k.strength AS strength, k.since AS since
ORDER BY name
