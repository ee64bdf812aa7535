// Numbers of current affiliations, active people and active organisations on $as_of.
// $as_of: date
MATCH (p:Person)-[r:AFFILIATED_WITH]->(o:Organisation)
WHERE (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR $as_of <= r.until)
RETURN count(r) AS affiliations, count(DISTINCT p) AS people, count(DISTINCT o) AS organisations
