-- Photos' people and thumbnails; what feed following remembers between runs.

-- The people a photo's caption names, linked to their entities, for person and article galleries.
CREATE TABLE photo_person (
    article_id TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    entity_id  BIGINT  NOT NULL REFERENCES entity (id),
    ordinal    INTEGER NOT NULL, -- order among the people the caption names, from 0
    name       TEXT    NOT NULL, -- the name in its fullest form in the article
    PRIMARY KEY (article_id, position, entity_id),
    FOREIGN KEY (article_id, position) REFERENCES photo (article_id, position)
);
CREATE INDEX photo_person_entity ON photo_person (entity_id);

-- A downloaded thumbnail of the photo: its file name in the thumbnails folder (ingest --thumbnails).
ALTER TABLE photo ADD COLUMN thumbnail TEXT;

-- Each feed followed: the validators of its last complete read, for conditional requests.
CREATE TABLE feed (
    url           TEXT        NOT NULL PRIMARY KEY, -- the feed's address, or file: URI of a feed file
    etag          TEXT,
    last_modified TEXT,
    read_at       VARCHAR(40) NOT NULL              -- ISO-8601 instant, UTC
);

-- Each feed item read, and how: PAGE (its page), SUMMARY (the feed's text, the page not to be had),
-- RETRY (the feed's text for now, the page to be tried again).
CREATE TABLE feed_item (
    feed_url   TEXT        NOT NULL,
    item_key   TEXT        NOT NULL, -- guid or id, else link
    link       TEXT,
    article_id TEXT        NOT NULL,
    outcome    VARCHAR(16) NOT NULL CHECK (outcome IN ('PAGE', 'SUMMARY', 'RETRY')),
    read_at    VARCHAR(40) NOT NULL,
    PRIMARY KEY (feed_url, item_key)
);
CREATE INDEX feed_item_link ON feed_item (link);
