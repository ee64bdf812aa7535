// Every affiliation not ended before $today (ended ones are history, nothing to confirm) with when it was
// last confirmed (confirmed_at, else its last write: updated_at, else created_at; null: never), its
// person, role and organisation (name, kind, the wijk and gebied it is located in).
// $today: date
MATCH (p:Person)-[r:AFFILIATED_WITH]->(o:Organisation)
WHERE r.until IS NULL OR r.until >= $today
OPTIONAL MATCH (o)-[:LOCATED_IN]->(w:Area)
OPTIONAL MATCH (w)-[:PART_OF]->(g:Area)
RETURN p.id AS person_id, p.name AS person_name, r.role AS role,
       o.id AS organisation_id, o.name AS organisation_name, o.kind AS kind,
       coalesce(r.confirmed_at, r.updated_at, r.created_at) AS confirmed,
       w.code AS wijk, CASE WHEN w.level = 'gebied' THEN w.code ELSE g.code END AS gebied
ORDER BY p.id, o.id, r.role
