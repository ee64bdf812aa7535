// Create backed-up relationships between restored nodes (by element id) with type and properties.
// $rows: [{start, end, type, props}]
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.start
MATCH (b) WHERE elementId(b) = row.end
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created
