// Which of the given organisation and person ids are stored, and every area with its parent
// (what one record typed in a form may refer to).
// $organisations: [str], $people: [str]
CALL () { MATCH (o:Organisation) WHERE o.id IN $organisations RETURN collect(o.id) AS organisations }
CALL () { MATCH (p:Person) WHERE p.id IN $people RETURN collect(p.id) AS people }
CALL () {
  MATCH (a:Area)
  OPTIONAL MATCH (a)-[:PART_OF]->(g:Area)
  RETURN collect({code: a.id, name: a.name, level: a.level, parent: g.id}) AS areas
}
RETURN organisations, people, areas
