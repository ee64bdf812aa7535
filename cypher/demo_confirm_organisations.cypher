// The demo only: set when each organisation was last confirmed (a spread of dates, some over a year ago).
// $rows: [{id, at: datetime}]
UNWIND $rows AS row
MATCH (o:Organisation {id: row.id})
SET o.confirmed_at = row.at
