// Volunteer affiliations that started on or before $until (any end), packed as one list of [org, since, until].
// $until: date
MATCH (:Person)-[r:AFFILIATED_WITH {role: 'volunteer'}]->(o:Organisation)
WHERE r.since IS NULL OR r.since <= $until
RETURN collect([o.id, r.since, r.until]) AS rows
