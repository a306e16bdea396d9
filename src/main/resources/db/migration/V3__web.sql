-- What the web site adds: editors' decisions on facts, readers' comments, and indexes for the
-- pages' lists (latest articles, articles naming an entity). V2 belongs to the photos' people.

-- An editor's decision on a fact, kept by the fact's key rather than its row, so that it still holds
-- when the fact is deleted and read again (an article ingested again, or with --again).
CREATE TABLE fact_decision (
    fact_key   TEXT        NOT NULL PRIMARY KEY,
    decision   VARCHAR(16) NOT NULL CHECK (decision IN ('CONFIRMED', 'REJECTED')),
    editor     TEXT        NOT NULL,
    decided_at VARCHAR(40) NOT NULL -- ISO-8601 instant, UTC
);

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
