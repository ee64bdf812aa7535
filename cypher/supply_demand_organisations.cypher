// Every organisation's supply side (no contact details): services, languages, where it is and whom it serves.
// (no parameters)
MATCH (o:Organisation)
RETURN o.id AS id, coalesce(o.name, o.id) AS name, o.kind AS kind, o.area AS area,
       coalesce(o.services, []) AS services, coalesce(o.languages, []) AS languages,
       coalesce(o.serves_areas, []) AS serves_areas, o.capacity AS capacity, o.waitlist AS waitlist,
       coalesce(o.nondutch_roles, false) AS nondutch_roles
ORDER BY o.id
