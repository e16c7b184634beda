-- A viewing keeps the runtime and genres its title had when it was logged, so a user's stats read
-- only their own index range of the diary: computing hours and top genres through titles and
-- title_genres cost one primary-key lookup per viewing (measured: ~90 ms of a 115 ms stats request
-- for a diary of 5,000 viewings at bench scale small). A later change of the title's catalog data
-- does not rewrite old viewings (as a printed diary would not either).

ALTER TABLE diary_entries
    ADD COLUMN runtime   integer   CHECK (runtime BETWEEN 0 AND 10000),
    ADD COLUMN genre_ids integer[] NOT NULL DEFAULT '{}' CHECK (array_ndims(genre_ids) IS NULL OR array_ndims(genre_ids) = 1);

CREATE FUNCTION diary_entries_copy_title_facts() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    -- a title that does not exist leaves both empty; the foreign key then refuses the row
    SELECT runtime INTO NEW.runtime FROM titles WHERE kind = NEW.kind AND id = NEW.title_id;
    NEW.genre_ids := ARRAY(SELECT genre_id FROM title_genres
                           WHERE kind = NEW.kind AND title_id = NEW.title_id ORDER BY genre_id);
    RETURN NEW;
END;
$$;

CREATE TRIGGER diary_entries_copy_title_facts
    BEFORE INSERT ON diary_entries
    FOR EACH ROW EXECUTE FUNCTION diary_entries_copy_title_facts();

UPDATE diary_entries e
SET runtime   = t.runtime,
    genre_ids = ARRAY(SELECT genre_id FROM title_genres tg WHERE tg.kind = e.kind AND tg.title_id = e.title_id
                      ORDER BY genre_id)
FROM titles t
WHERE t.kind = e.kind
  AND t.id = e.title_id;
