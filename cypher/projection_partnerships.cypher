// Formal partnerships current on $as_of with their named contact persons.
// $as_of: date
MATCH (a:Organisation)-[r:PARTNERS_WITH]->(b:Organisation)
WHERE (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR $as_of <= r.until)
RETURN r.id AS id, a.id AS a, b.id AS b, r.kind AS kind, r.since AS since, r.until AS until,
       coalesce(r.contact_person_ids, []) AS contact_person_ids
