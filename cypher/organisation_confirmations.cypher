// Every organisation with when it was last confirmed, its kind and the wijk and gebied it is located in.
// Records written before confirmations were kept count as confirmed at their last write (updated_at,
// else created_at); null: never.
// no parameters
MATCH (o:Organisation)
OPTIONAL MATCH (o)-[:LOCATED_IN]->(w:Area)
OPTIONAL MATCH (w)-[:PART_OF]->(g:Area)
RETURN o.id AS id, o.name AS name, o.kind AS kind,
       coalesce(o.confirmed_at, o.updated_at, o.created_at) AS confirmed,
       w.code AS wijk, CASE WHEN w.level = 'gebied' THEN w.code ELSE g.code END AS gebied
ORDER BY o.id
