// Every organisation with the attributes analysis needs: kind, wijk/gebied it is in, services.
// (no parameters)
MATCH (o:Organisation)
OPTIONAL MATCH (o)-[:LOCATED_IN]->(home:Area)
OPTIONAL MATCH (home)-[:PART_OF]->(parent:Area)
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.area AS area,
       CASE WHEN home.level = 'gebied' THEN home.id ELSE parent.id END AS gebied,
       coalesce(o.services, []) AS services
