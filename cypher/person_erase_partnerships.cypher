// Replace an erased person's id by the new anonymous id in partnerships' contact persons.
// $person_id: str, $new_id: str
MATCH ()-[r:PARTNERS_WITH]->()
WHERE $person_id IN coalesce(r.contact_person_ids, [])
SET r.contact_person_ids = [x IN r.contact_person_ids | CASE WHEN x = $person_id THEN $new_id ELSE x END]
RETURN count(r) AS updated
