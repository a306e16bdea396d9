-- How many sources each fact has and how sure they make it together, kept on the fact row as its evidence
-- changes (org.dramagraph.graph.FactWriter#tally). A much-named person's facts have thousands of sources each;
-- pages read these two numbers for every fact they show, so they come from the fact row rather than from
-- aggregating all of its evidence on every read.
ALTER TABLE fact ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
-- SUM(LN(1 - MIN(confidence, 0.999999))) over the fact's evidence: its sources combined as independent
-- witnesses (org.dramagraph.fact.Confidence.combine) are 1 - EXP(doubt) sure. The clamp keeps LN finite.
ALTER TABLE fact ADD COLUMN doubt DOUBLE PRECISION NOT NULL DEFAULT 0;
UPDATE fact SET
    sources = (SELECT COUNT(*) FROM evidence e WHERE e.fact_id = fact.id),
    doubt = COALESCE((SELECT SUM(LN(1 - MIN(e.confidence, 0.999999))) FROM evidence e WHERE e.fact_id = fact.id), 0);
