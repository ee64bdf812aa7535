// Demand per area and need in the named periods, packed as one list of [area, need, period, start, end, count].
// $periods: [str]
MATCH (a:Area)-[d:HAS_DEMAND]->(s:SupportType)
WHERE d.period IN $periods
RETURN collect([a.code, s.id, d.period, d.period_start, d.period_end, coalesce(d.count, 0)]) AS rows
