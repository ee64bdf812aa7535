// Every HAS_DEMAND with its area code and need.
// no parameters
MATCH (a:Area)-[r:HAS_DEMAND]->(s:SupportType)
RETURN a.id AS area, s.id AS need, properties(r) AS props
ORDER BY area, need, r.period
