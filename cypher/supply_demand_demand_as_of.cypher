// Demand per area and need in the period(s) that contain $as_of.
// $as_of: date
MATCH (a:Area)-[d:HAS_DEMAND]->(s:SupportType)
WHERE d.period_start <= $as_of AND $as_of <= d.period_end
RETURN a.code AS area, s.id AS need, d.period AS period, d.count AS count
