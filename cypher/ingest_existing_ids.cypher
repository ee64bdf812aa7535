// Ids of stored organisations and people, and every area with its parent (what ingest rows may refer to).
// no parameters
CALL () { MATCH (o:Organisation) RETURN collect(o.id) AS organisations }
CALL () { MATCH (p:Person) RETURN collect(p.id) AS people }
CALL () {
  MATCH (a:Area)
  OPTIONAL MATCH (a)-[:PART_OF]->(g:Area)
  RETURN collect({code: a.id, name: a.name, level: a.level, parent: g.id}) AS areas
}
RETURN organisations, people, areas
