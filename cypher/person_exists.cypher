// Which of $ids are Person nodes (to reject unknown ids before any analysis).
// $ids: [person id]
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id
