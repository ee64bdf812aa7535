// Create backed-up nodes with their labels (checked to be plain names) and properties.
// $rows: [{key, labels: [str], props}]
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.props
RETURN row.key AS key, elementId(n) AS element
