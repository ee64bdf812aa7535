// Every organisation with what the directory shows and searches: contact details, services, languages,
// room, the wijk it is located in (with its gebied) and the codes of the areas it serves.
// no parameters
MATCH (o:Organisation)
OPTIONAL MATCH (o)-[:LOCATED_IN]->(w:Area)
OPTIONAL MATCH (w)-[:PART_OF]->(g:Area)
OPTIONAL MATCH (o)-[:SERVES]->(s:Area)
WITH o, w, g, collect(DISTINCT s.code) AS serves
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.address AS address, o.postcode AS postcode,
       o.phone AS phone, o.email AS email, o.website AS website,
       coalesce(o.services, []) AS services, coalesce(o.languages, []) AS languages,
       o.capacity AS capacity, o.waitlist AS waitlist, w.code AS area,
       CASE WHEN w.level = 'gebied' THEN w.code ELSE g.code END AS gebied, serves AS serves_areas
ORDER BY toLower(o.name), o.id
