// Delete the relationships between reference nodes that the seeding does not make (demand: area → need).
// no parameters
MATCH (:Area|SupportType)-[r]->(:Area|SupportType)
WHERE NOT r:PART_OF
DELETE r
