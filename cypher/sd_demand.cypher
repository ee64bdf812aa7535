// Demand per area, need and period for periods that start on or before $until, packed as one list.
// $until: date
MATCH (a:Area)-[d:HAS_DEMAND]->(s:SupportType)
WHERE d.period_start <= $until
RETURN collect([a.code, s.id, d.period, d.period_start, d.period_end, coalesce(d.count, 0)]) AS rows
