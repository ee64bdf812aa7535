// KNOWS ties existing on $as_of between two people with a current affiliation (others carry nothing), packed.
// $as_of: date
MATCH (p:Person)-[r:KNOWS]->(q:Person)
WHERE (r.since IS NULL OR r.since <= $as_of)
  AND EXISTS { MATCH (p)-[a:AFFILIATED_WITH]->(:Organisation)
               WHERE (a.since IS NULL OR a.since <= $as_of) AND (a.until IS NULL OR $as_of <= a.until) }
  AND EXISTS { MATCH (q)-[a:AFFILIATED_WITH]->(:Organisation)
               WHERE (a.since IS NULL OR a.since <= $as_of) AND (a.until IS NULL OR $as_of <= a.until) }
RETURN collect([p.id, q.id, r.strength]) AS rows
