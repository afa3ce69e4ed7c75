-- The map's counts read every tally of one source grouped by cell (measure,
-- item, country, region, North/South). In the primary key's order the kind
-- sits in the middle, so the database scattered its reads over the table
-- and sorted them again; this index holds each source's tallies in cell
-- order with the count, so the read is one ordered scan of the index.
CREATE INDEX map_tallies_cells ON map_tallies (source, measure, item, country, region, grp, n, kind);
