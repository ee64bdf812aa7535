// Every area (gebied or wijk) with its parent gebied code, for supply/demand and the finder.
// (no parameters)
MATCH (a:Area)
OPTIONAL MATCH (a)-[:PART_OF]->(g:Area)
RETURN a.code AS code, a.name AS name, a.level AS level, g.code AS parent
ORDER BY a.code
