// All organisations with the fields the network view filters on (area = wijk code, gebied = its parent).
// no parameters
MATCH (o:Organisation)
OPTIONAL MATCH (o)-[:LOCATED_IN]->(w:Area)
OPTIONAL MATCH (w)-[:PART_OF]->(g:Area)
RETURN o.id AS id, o.name AS name, o.kind AS kind, coalesce(o.services, []) AS services,
       coalesce(o.languages, []) AS languages, w.code AS area,
       CASE WHEN w.level = 'gebied' THEN w.code ELSE g.code END AS gebied,
       o.capacity AS capacity, o.waitlist AS waitlist, coalesce(o.serves_areas, []) AS serves_areas
ORDER BY o.id
