// One person's name, contact details and languages.
// $id: str
MATCH (p:Person {id: $id})
RETURN p {.id, .name, .email, .phone, .languages} AS person
