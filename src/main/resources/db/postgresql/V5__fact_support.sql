-- As db/sqlite/V5: each fact's number of sources and their combined doubt, kept on the fact row
-- (org.dramagraph.graph.FactWriter#tally). SQLite's two-argument MIN is LEAST here.
ALTER TABLE fact ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
ALTER TABLE fact ADD COLUMN doubt DOUBLE PRECISION NOT NULL DEFAULT 0;
UPDATE fact SET
    sources = (SELECT COUNT(*) FROM evidence e WHERE e.fact_id = fact.id),
    doubt = COALESCE((SELECT SUM(LN(1 - LEAST(e.confidence, 0.999999))) FROM evidence e WHERE e.fact_id = fact.id), 0);
