// Rebuild LOCATED_IN and SERVES from each organisation's area and serves_areas properties.
// $ids: [organisation id]
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
OPTIONAL MATCH (o)-[old:LOCATED_IN|SERVES]->(:Area)
DELETE old
WITH DISTINCT o
CALL (o) {
  OPTIONAL MATCH (home:Area {id: o.area})
  FOREACH (_ IN CASE WHEN home IS NULL THEN [] ELSE [1] END | MERGE (o)-[:LOCATED_IN]->(home))
}
CALL (o) {
  UNWIND coalesce(o.serves_areas, []) AS code
  MATCH (served:Area {id: code})
  MERGE (o)-[:SERVES]->(served)
}
RETURN count(o) AS linked
