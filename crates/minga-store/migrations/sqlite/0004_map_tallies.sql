-- The counts behind the map of capacities, kept up to date in the same
-- transaction as every profile or organisation change, so the map never
-- aggregates hundreds of thousands of ratings on a request. `source` is
-- 'current' (each organisation's latest submitted profile) or a round id.
CREATE TABLE map_tallies (
    source TEXT NOT NULL,
    measure TEXT NOT NULL,
    item TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT NOT NULL,
    region TEXT NOT NULL,
    grp TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (source, measure, item, kind, country, region, grp)
);

-- Existing profiles, counted once.
INSERT INTO map_tallies (source, measure, item, kind, country, region, grp, n)
SELECT 'current', 'strength', x.item, o.kind, o.country, o.region, o.grp, COUNT(*)
FROM profile_ratings x JOIN capacity_profiles p ON p.id = x.profile_id JOIN orgs o ON o.id = p.org_id
WHERE p.current = 1 AND x.level >= 2 AND o.archived_at IS NULL
GROUP BY x.item, o.kind, o.country, o.region, o.grp;
INSERT INTO map_tallies (source, measure, item, kind, country, region, grp, n)
SELECT 'current', 'need', x.item, o.kind, o.country, o.region, o.grp, COUNT(*)
FROM profile_needs x JOIN capacity_profiles p ON p.id = x.profile_id JOIN orgs o ON o.id = p.org_id
WHERE p.current = 1 AND o.archived_at IS NULL
GROUP BY x.item, o.kind, o.country, o.region, o.grp;
INSERT INTO map_tallies (source, measure, item, kind, country, region, grp, n)
SELECT p.round_id, 'strength', x.item, o.kind, o.country, o.region, o.grp, COUNT(*)
FROM profile_ratings x JOIN capacity_profiles p ON p.id = x.profile_id JOIN orgs o ON o.id = p.org_id
WHERE p.status = 'submitted' AND x.level >= 2 AND o.archived_at IS NULL
GROUP BY p.round_id, x.item, o.kind, o.country, o.region, o.grp;
INSERT INTO map_tallies (source, measure, item, kind, country, region, grp, n)
SELECT p.round_id, 'need', x.item, o.kind, o.country, o.region, o.grp, COUNT(*)
FROM profile_needs x JOIN capacity_profiles p ON p.id = x.profile_id JOIN orgs o ON o.id = p.org_id
WHERE p.status = 'submitted' AND o.archived_at IS NULL
GROUP BY p.round_id, x.item, o.kind, o.country, o.region, o.grp;
