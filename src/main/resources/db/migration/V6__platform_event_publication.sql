-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.0, schema v2 for
-- PostgreSQL, as the library ships it): one row per domain event and listener, written in the
-- transaction that published the event, completed (deleted: completion-mode delete) when the
-- listener has handled it, and republished at start-up while incomplete. Flyway creates it, not
-- the library (spring.modulith.events.jdbc.schema-initialization.enabled stays off).

CREATE TABLE event_publication
(
    id                     uuid        NOT NULL PRIMARY KEY,
    listener_id            text        NOT NULL,
    event_type             text        NOT NULL,
    serialized_event       text        NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);

CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
