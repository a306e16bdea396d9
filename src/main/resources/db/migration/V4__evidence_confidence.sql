-- How sure a fact is comes from all its sources together (org.dramagraph.relation.Confidence.combine); pages
-- mark the facts below the threshold unconfirmed. This index lets that be read from the index alone, however
-- many sources a fact has, as their count already is.
CREATE INDEX evidence_fact_confidence ON evidence (fact_id, confidence);
