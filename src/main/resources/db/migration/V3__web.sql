-- What the web site adds: editors' decisions on facts, readers' comments, and indexes for the
-- pages' lists (latest articles, articles naming an entity). V2 belongs to the photos' people.

-- An editor's decision on a fact. It applies to the fact whose fact_key it holds, which stays the same
-- when the fact's article is ingested again. It is kept by the fact's names too (type and the loose keys of
-- its names), so that when the fact is deleted (its article changed) and read again later, perhaps with new
-- entity ids, the store attaches the decision to the new fact row: a rejected fact stays rejected.
CREATE TABLE fact_decision (
    names_key  TEXT        NOT NULL PRIMARY KEY, -- see org.dramagraph.graph.Decisions
    fact_key   TEXT,                             -- the fact it applies to; NULL while no such fact is stored
    fact       TEXT        NOT NULL,             -- the fact in words, for editors
    decision   VARCHAR(16) NOT NULL CHECK (decision IN ('CONFIRMED', 'REJECTED')),
    editor     TEXT        NOT NULL,
    decided_at VARCHAR(40) NOT NULL              -- ISO-8601 instant, UTC
);
CREATE INDEX fact_decision_fact ON fact_decision (fact_key);

-- Readers' comments on an article or an entity page.
CREATE TABLE comment (
    id          INTEGER PRIMARY KEY,
    target_type VARCHAR(16) NOT NULL CHECK (target_type IN ('ARTICLE', 'ENTITY')),
    target_id   TEXT        NOT NULL, -- the article's id, or the entity's id
    author      TEXT        NOT NULL,
    body        TEXT        NOT NULL,
    status      VARCHAR(16) NOT NULL CHECK (status IN ('VISIBLE', 'HELD', 'HIDDEN')),
    created_at  VARCHAR(40) NOT NULL  -- ISO-8601 instant, UTC
);
CREATE INDEX comment_target ON comment (target_type, target_id);
CREATE INDEX comment_status ON comment (status);

-- An article's date on the site: its publication date, else the day it was stored.
CREATE INDEX article_day ON article (COALESCE(published, SUBSTR(ingested_at, 1, 10)), id);
CREATE INDEX mention_entity_article ON mention (entity_id, article_id);
