// One organisation's properties with the area it is located in and the areas it serves.
// $id: str
MATCH (o:Organisation {id: $id})
OPTIONAL MATCH (o)-[:LOCATED_IN]->(loc:Area)
OPTIONAL MATCH (o)-[:SERVES]->(s:Area)
WITH o, loc, collect(DISTINCT s {.code, .name, .level}) AS serves
RETURN o {.id, .name, .kind, .description, .website, .email, .phone, .postcode, .address,
          .services, .languages, .capacity, .waitlist, .nondutch_roles} AS org,
       loc {.code, .name, .level} AS located, serves
