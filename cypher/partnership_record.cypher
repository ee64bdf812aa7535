// One partnership's stored properties with the ids of its two organisations (null props: none).
// $id: str
OPTIONAL MATCH (a:Organisation)-[r:PARTNERS_WITH {id: $id}]->(b:Organisation)
RETURN properties(r) AS props, a.id AS organisation_id, b.id AS partner_id
LIMIT 1
