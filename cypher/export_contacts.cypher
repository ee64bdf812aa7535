// Every KNOWS tie with its endpoints (stored from the smaller id).
// no parameters
MATCH (p:Person)-[r:KNOWS]->(q:Person)
RETURN p.id AS person_id, q.id AS other_person_id, properties(r) AS props
ORDER BY person_id, other_person_id
