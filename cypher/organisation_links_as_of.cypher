// Org links on $as_of with their carriers: people at both, or KNOWS pairs (p at a, q at b).
// $as_of: date, $organisation_ids: [id] or null for all
MATCH (a:Organisation)<-[ra:AFFILIATED_WITH]-(p:Person)
WHERE ($organisation_ids IS NULL OR a.id IN $organisation_ids)
  AND (ra.since IS NULL OR ra.since <= $as_of) AND (ra.until IS NULL OR $as_of <= ra.until)
CALL (a, p) {
  MATCH (p)-[rb:AFFILIATED_WITH]->(b:Organisation)
  WHERE b <> a AND (rb.since IS NULL OR rb.since <= $as_of) AND (rb.until IS NULL OR $as_of <= rb.until)
  RETURN b, [p.id] AS carrier
  UNION
  MATCH (p)-[k:KNOWS]-(q:Person)-[rb:AFFILIATED_WITH]->(b:Organisation)
  WHERE b <> a AND (k.since IS NULL OR k.since <= $as_of)
    AND (rb.since IS NULL OR rb.since <= $as_of) AND (rb.until IS NULL OR $as_of <= rb.until)
  RETURN b, [p.id, q.id] AS carrier
}
WITH a, b, collect(DISTINCT carrier) AS carriers
RETURN a.id AS a, b.id AS b, carriers
