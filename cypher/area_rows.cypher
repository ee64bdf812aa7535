// Every area (gebied or wijk) with its level and parent gebied code: for the pages, supply/demand,
// the finder and the inventories.
// no parameters
MATCH (a:Area)
OPTIONAL MATCH (a)-[:PART_OF]->(g:Area)
RETURN a.code AS code, coalesce(a.name, a.code) AS name, a.level AS level, g.code AS parent
ORDER BY a.level, a.name
