// Affiliations current on $as_of (since <= as_of <= until, open ends allowed), one row each.
// $as_of: date
MATCH (p:Person)-[r:AFFILIATED_WITH]->(o:Organisation)
WHERE (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR $as_of <= r.until)
RETURN p.id AS person, o.id AS organisation, r.role AS role, r.since AS since, r.until AS until
