// Every area with its level and parent gebied (code).
// no parameters
MATCH (a:Area)
OPTIONAL MATCH (a)-[:PART_OF]->(g:Area)
RETURN a.code AS code, a.name AS name, a.level AS level, g.code AS parent
ORDER BY a.level, a.name
