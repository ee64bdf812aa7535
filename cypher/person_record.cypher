// One person's stored properties, for their edit form (null props: no such person).
// $id: str
OPTIONAL MATCH (p:Person {id: $id})
RETURN properties(p) AS props
