// Names of organisations, people and areas by id (to say which records an undo would touch).
// $ids: [str]
UNWIND $ids AS id
OPTIONAL MATCH (n:Organisation {id: id})
OPTIONAL MATCH (p:Person {id: id})
OPTIONAL MATCH (a:Area {id: id})
RETURN id, coalesce(n.name, p.name, a.name) AS name
