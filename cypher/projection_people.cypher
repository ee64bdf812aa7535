// Names of the people with an affiliation current on $as_of (for naming introductions).
// $as_of: date
MATCH (p:Person)-[r:AFFILIATED_WITH]->(:Organisation)
WHERE (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR $as_of <= r.until)
RETURN DISTINCT p.id AS id, p.name AS name
