-- Lists become pages others may read (issue 13): a description, ranked or not, a visibility
-- (public, unlisted, private), and entries of movies and TV shows with an id, a dense position
-- 1..n and a note. The counters shown in lists are kept by triggers in the same transaction as the
-- entries: a list's entry_count and movie_count (the web app's "my lists"), and per title the number
-- of public lists containing it (title_list_counts, for the title page).
--
-- Rolling deploy: instances of the previous version keep running during and after this migration.
-- They insert entries without the new columns (INSERT ... ON CONFLICT DO NOTHING without a conflict
-- target, so every unique index of the table is an arbiter, and PostgreSQL refuses deferrable ones
-- there: the uniqueness of positions is not deferrable), delete entries without closing the gap, and
-- count movies with count(*). The triggers below give such an entry the next position and close the
-- gaps; the new columns have defaults.

-- Both tables stay locked until this migration commits, so no write of the previous version falls
-- between the backfill and the triggers (Flyway runs this file in one transaction). Entries first:
-- the previous version's writes take the entries' lock first too.
LOCK TABLE user_list_items, user_lists IN ACCESS EXCLUSIVE MODE;

ALTER TABLE user_lists
    ADD COLUMN description text        CHECK (length(description) BETWEEN 1 AND 2000),
    ADD COLUMN ranked      boolean     NOT NULL DEFAULT false,
    ADD COLUMN visibility  text        NOT NULL DEFAULT 'private'
        CHECK (visibility IN ('public', 'unlisted', 'private')),
    ADD COLUMN entry_count integer     NOT NULL DEFAULT 0,
    ADD COLUMN movie_count integer     NOT NULL DEFAULT 0,
    ADD CONSTRAINT user_lists_counts_check CHECK (movie_count >= 0 AND movie_count <= entry_count);

-- The public lists page reads these in order, a page at a time, never sorting all public lists.
CREATE INDEX user_lists_public_updated_at_idx ON user_lists (updated_at DESC, id DESC)
    WHERE visibility = 'public';
CREATE INDEX user_lists_public_entry_count_idx ON user_lists (entry_count DESC, id DESC)
    WHERE visibility = 'public';
CREATE INDEX user_lists_public_name_idx ON user_lists USING gin (search_normalize(name) gin_trgm_ops)
    WHERE visibility = 'public';

ALTER TABLE user_list_items
    ADD COLUMN id       bigint  GENERATED ALWAYS AS IDENTITY,
    ADD COLUMN position integer CHECK (position >= 1),
    ADD COLUMN note     text    CHECK (length(note) BETWEEN 1 AND 1000);

-- Existing entries in the order they were added.
UPDATE user_list_items i
SET position = r.position
FROM (
    SELECT list_id, kind, title_id,
           row_number() OVER (PARTITION BY list_id ORDER BY added_at, kind, title_id) AS position
    FROM user_list_items
) r
WHERE i.list_id = r.list_id
  AND i.kind = r.kind
  AND i.title_id = r.title_id;

ALTER TABLE user_list_items
    ALTER COLUMN position SET NOT NULL,
    ADD CONSTRAINT user_list_items_id_key UNIQUE (id),
    ADD CONSTRAINT user_list_items_list_id_position_key UNIQUE (list_id, position);

CREATE INDEX user_list_items_list_id_added_at_idx ON user_list_items (list_id, added_at DESC, id DESC);

UPDATE user_lists l
SET entry_count = c.entries,
    movie_count = c.movies
FROM (
    SELECT list_id, count(*) AS entries, count(*) FILTER (WHERE kind = 'movie') AS movies
    FROM user_list_items
    GROUP BY list_id
) c
WHERE l.id = c.list_id;

-- How many public lists contain each title. Every list is private until its owner says otherwise,
-- so there is nothing to backfill.
CREATE TABLE title_list_counts (
    kind       text    NOT NULL,
    title_id   integer NOT NULL,
    list_count integer NOT NULL CHECK (list_count >= 0),
    PRIMARY KEY (kind, title_id),
    FOREIGN KEY (kind, title_id) REFERENCES titles (kind, id) ON DELETE CASCADE
);

-- A removal only updates: when a title is deleted, its count row may be cascaded away before the
-- entries are, and re-creating it then would point at the title being deleted (as in V3).
CREATE FUNCTION title_list_counts_apply(p_kind text, p_title_id integer, p_delta integer)
    RETURNS void LANGUAGE plpgsql AS
$$
BEGIN
    IF p_delta > 0 THEN
        INSERT INTO title_list_counts AS c (kind, title_id, list_count)
        VALUES (p_kind, p_title_id, p_delta)
        ON CONFLICT (kind, title_id) DO UPDATE SET list_count = c.list_count + p_delta;
    ELSE
        UPDATE title_list_counts
        SET list_count = list_count + p_delta
        WHERE kind = p_kind
          AND title_id = p_title_id;
    END IF;
END;
$$;

-- Every title of a list at once, when the list becomes public or stops being public, in the
-- titles' order, so that two such changes lock the count rows in the same order.
CREATE FUNCTION title_list_counts_apply_list(p_list_id bigint, p_delta integer)
    RETURNS void LANGUAGE plpgsql AS
$$
BEGIN
    IF p_delta > 0 THEN
        INSERT INTO title_list_counts AS c (kind, title_id, list_count)
        SELECT kind, title_id, p_delta
        FROM user_list_items
        WHERE list_id = p_list_id
        ORDER BY kind, title_id
        ON CONFLICT (kind, title_id) DO UPDATE SET list_count = c.list_count + p_delta;
    ELSE
        PERFORM 1
        FROM title_list_counts c
        JOIN user_list_items i ON i.kind = c.kind AND i.title_id = c.title_id
        WHERE i.list_id = p_list_id
        ORDER BY c.kind, c.title_id
        FOR UPDATE OF c;

        UPDATE title_list_counts c
        SET list_count = c.list_count + p_delta
        FROM user_list_items i
        WHERE i.list_id = p_list_id
          AND c.kind = i.kind
          AND c.title_id = i.title_id;
    END IF;
END;
$$;

-- An entry inserted without a position (the previous version's, or one appended) goes last. The
-- list's row lock serialises all entry writes of one list, across instances: the service takes it
-- first, and so does this trigger; statements in a BEFORE trigger see the rows the same statement
-- inserted before, so a multi-row insert numbers its rows one after the other too.
CREATE FUNCTION user_list_items_assign_position() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.position IS NULL THEN
        PERFORM 1 FROM user_lists WHERE id = NEW.list_id FOR NO KEY UPDATE;
        SELECT coalesce(max(position), 0) + 1 INTO NEW.position
        FROM user_list_items
        WHERE list_id = NEW.list_id;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER user_list_items_assign_position
    BEFORE INSERT ON user_list_items
    FOR EACH ROW EXECUTE FUNCTION user_list_items_assign_position();

-- An entry belongs to one list and one title for good: the counters follow inserts and deletes only.
CREATE FUNCTION user_list_items_keep_identity() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'an entry cannot move to another list or title; delete it and add a new one'
        USING ERRCODE = 'check_violation';
END;
$$;

CREATE TRIGGER user_list_items_keep_identity
    BEFORE UPDATE OF list_id, kind, title_id ON user_list_items
    FOR EACH ROW
    WHEN (OLD.list_id IS DISTINCT FROM NEW.list_id
          OR OLD.kind IS DISTINCT FROM NEW.kind
          OR OLD.title_id IS DISTINCT FROM NEW.title_id)
    EXECUTE FUNCTION user_list_items_keep_identity();

-- The list's counters and updated_at, and the title's count when the list is public. A list being
-- deleted is gone when its entries' cascade arrives here: nothing to count (its public titles were
-- uncounted before, by user_lists_uncount_on_delete).
CREATE FUNCTION user_list_items_maintain_counts() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
    entry     user_list_items%ROWTYPE;
    delta     integer;
    is_public boolean;
BEGIN
    IF TG_OP = 'INSERT' THEN
        entry := NEW;
        delta := 1;
    ELSE
        entry := OLD;
        delta := -1;
    END IF;
    UPDATE user_lists
    SET entry_count = entry_count + delta,
        movie_count = movie_count + CASE WHEN entry.kind = 'movie' THEN delta ELSE 0 END,
        updated_at  = now()
    WHERE id = entry.list_id
    RETURNING visibility = 'public' INTO is_public;
    IF is_public THEN
        PERFORM title_list_counts_apply(entry.kind, entry.title_id, delta);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER user_list_items_maintain_counts
    AFTER INSERT OR DELETE ON user_list_items
    FOR EACH ROW EXECUTE FUNCTION user_list_items_maintain_counts();

-- Positions stay dense after deletes, whoever deletes (the previous version, a title's or a list's
-- cascade): the entries after a gap move down. Positions are unique at every row, so the moving
-- entries step out of the way (above every position in use) before they take their new ones.
CREATE FUNCTION user_list_items_close_gaps() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
    list bigint;
    top  integer;
BEGIN
    FOR list IN SELECT DISTINCT list_id FROM removed ORDER BY list_id LOOP
        SELECT max(position) INTO top FROM user_list_items WHERE list_id = list;
        CONTINUE WHEN top IS NULL;

        UPDATE user_list_items i
        SET position = i.position + top
        FROM (
            SELECT id, position, row_number() OVER (ORDER BY position) AS dense
            FROM user_list_items
            WHERE list_id = list
        ) r
        WHERE i.id = r.id
          AND r.position <> r.dense;

        UPDATE user_list_items i
        SET position = r.dense
        FROM (
            SELECT id, row_number() OVER (ORDER BY position) AS dense
            FROM user_list_items
            WHERE list_id = list
        ) r
        WHERE i.id = r.id
          AND i.position > top;
    END LOOP;
    RETURN NULL;
END;
$$;

CREATE TRIGGER user_list_items_close_gaps
    AFTER DELETE ON user_list_items
    REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION user_list_items_close_gaps();

-- A list that becomes public counts for each of its titles; one that stops being public no longer.
CREATE FUNCTION user_lists_recount_on_visibility() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF (OLD.visibility = 'public') <> (NEW.visibility = 'public') THEN
        PERFORM title_list_counts_apply_list(NEW.id, CASE WHEN NEW.visibility = 'public' THEN 1 ELSE -1 END);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER user_lists_recount_on_visibility
    AFTER UPDATE OF visibility ON user_lists
    FOR EACH ROW EXECUTE FUNCTION user_lists_recount_on_visibility();

-- Before the row goes: afterwards its entries are cascaded away, and they no longer say which list
-- was public.
CREATE FUNCTION user_lists_uncount_on_delete() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM title_list_counts_apply_list(OLD.id, -1);
    RETURN OLD;
END;
$$;

CREATE TRIGGER user_lists_uncount_on_delete
    BEFORE DELETE ON user_lists
    FOR EACH ROW
    WHEN (OLD.visibility = 'public')
    EXECUTE FUNCTION user_lists_uncount_on_delete();
