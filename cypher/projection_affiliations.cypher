// Affiliations current on $as_of (since <= as_of <= until, open ends allowed) with the person's name, packed.
// $as_of: date
MATCH (p:Person)-[r:AFFILIATED_WITH]->(o:Organisation)
WHERE (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR $as_of <= r.until)
RETURN collect([p.id, o.id, r.role, r.since, r.until, p.name]) AS rows
