// Anonymise a person in place: new id, personal properties removed, ties kept; no row when unknown.
// $person_id: str, $new_id: str, $now: datetime
MATCH (p:Person {id: $person_id})
SET p.id = $new_id, p.name = $new_id, p.erased_at = $now, p.updated_at = $now
REMOVE p.email, p.phone, p.languages
RETURN p.id AS id
