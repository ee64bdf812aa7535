// The distinct demand periods (name, first and last day) that start on or before $until.
// $until: date
MATCH (:Area)-[d:HAS_DEMAND]->(:SupportType)
WHERE d.period_start <= $until
RETURN DISTINCT d.period AS period, d.period_start AS start, d.period_end AS end
