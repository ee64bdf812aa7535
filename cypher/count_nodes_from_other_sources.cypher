// Count nodes written by a source not in $sources (to protect real data from the demo loader).
// $sources: [str]
MATCH (n)
WHERE n.source IS NOT NULL AND NOT n.source IN $sources
RETURN count(n) AS count
