// The stored properties of the KNOWS tie between two people, either direction (null: they have none).
// $a: str, $b: str
OPTIONAL MATCH (:Person {id: $a})-[r:KNOWS]-(:Person {id: $b})
RETURN properties(r) AS props
