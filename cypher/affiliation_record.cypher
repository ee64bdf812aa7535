// One affiliation's stored properties by (person, organisation, role), for its edit form (null: none).
// $person_id: str, $organisation_id: str, $role: str
OPTIONAL MATCH (:Person {id: $person_id})-[r:AFFILIATED_WITH {role: $role}]->(:Organisation {id: $organisation_id})
RETURN properties(r) AS props
