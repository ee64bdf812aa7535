// Affiliations current on $as_of (since <= as_of <= until, open ends allowed), packed as one list of rows.
// $as_of: date
MATCH (p:Person)-[r:AFFILIATED_WITH]->(o:Organisation)
WHERE (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR $as_of <= r.until)
RETURN collect([p.id, o.id, r.role, r.since, r.until]) AS rows
