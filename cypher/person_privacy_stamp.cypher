// A cheap version of the people's personal data: how many people and the latest change.
// no parameters
OPTIONAL MATCH (p:Person) WHERE p.updated_at IS NOT NULL
WITH p ORDER BY p.updated_at DESC LIMIT 1
RETURN p.updated_at AS latest, COUNT { MATCH (:Person) } AS people
