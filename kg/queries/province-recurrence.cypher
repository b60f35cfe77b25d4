// Province recurrence in Cypher, on the graph loaded by `kg load --cypher DB`: for each
// provincial-level unit (or separately planned city), at how many meetings it spoke or
// reported, and at how many more it was present; the same rows as province-recurrence.rq.
MATCH (m)-[r:provinceSpoke|provincePresent]->(p)
RETURN p.id AS province, p.shortName_zh AS name,
       count(DISTINCT CASE WHEN label(r) = 'provinceSpoke' THEN m.id END) AS spoke,
       count(DISTINCT CASE WHEN label(r) = 'provincePresent' THEN m.id END) AS present,
       p.gbCode AS code
ORDER BY spoke DESC, present DESC, code, name
