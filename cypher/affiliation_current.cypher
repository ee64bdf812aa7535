// Current affiliations on $as_of with the person's name (for people as network nodes).
// $as_of: date
MATCH (p:Person)-[r:AFFILIATED_WITH]->(o:Organisation)
WHERE (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR $as_of <= r.until)
RETURN p.id AS person, p.name AS name, o.id AS organisation, r.role AS role
