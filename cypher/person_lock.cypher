// Take the write lock on one person (its id set to itself: nothing changes), so that two saves of their
// edit forms (their record, roles or contacts) run one after the other. Returns how many.
// $id: str
MATCH (p:Person {id: $id})
SET p.id = p.id
RETURN count(p) AS locked
