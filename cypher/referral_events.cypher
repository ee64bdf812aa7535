// Referrals dated in [$start, $until], packed as one list of [from, to, date, need, area, language, status, count].
// $start: date, $until: date
MATCH (a:Organisation)-[r:REFERRED]->(b:Organisation)
WHERE $start <= r.date AND r.date <= $until
RETURN collect([a.id, b.id, r.date, r.need, r.area, r.language, coalesce(r.status, 'sent'),
                coalesce(r.count, 1)]) AS rows
