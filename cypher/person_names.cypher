// Names of the given people (for labels in fragility lists).
// $ids: [str]
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name
