-- A title page's community counts: how often FrameRatr's users logged the title (viewings) and
-- how many have it among their favorites. Kept by trigger in the writers' transactions, like
-- review_counts (V3), so the page reads one row and the counts are exact under concurrency (the
-- upsert's row lock serialises writers of one title).

CREATE TABLE title_counts (
    kind        text    NOT NULL,
    title_id    integer NOT NULL,
    watch_count integer NOT NULL DEFAULT 0 CHECK (watch_count >= 0),
    fan_count   integer NOT NULL DEFAULT 0 CHECK (fan_count >= 0),
    PRIMARY KEY (kind, title_id),
    FOREIGN KEY (kind, title_id) REFERENCES titles (kind, id) ON DELETE CASCADE
);

-- A removal only updates (see V3: when a title is deleted its count row may go first).
CREATE FUNCTION title_counts_apply(p_kind text, p_title_id integer, p_watches integer, p_fans integer)
    RETURNS void LANGUAGE plpgsql AS
$$
BEGIN
    IF p_watches > 0 OR p_fans > 0 THEN
        INSERT INTO title_counts AS c (kind, title_id, watch_count, fan_count)
        VALUES (p_kind, p_title_id, p_watches, p_fans)
        ON CONFLICT (kind, title_id) DO UPDATE
        SET watch_count = c.watch_count + p_watches,
            fan_count   = c.fan_count + p_fans;
    ELSE
        UPDATE title_counts
        SET watch_count = watch_count + p_watches,
            fan_count   = fan_count + p_fans
        WHERE kind = p_kind
          AND title_id = p_title_id;
    END IF;
END;
$$;

CREATE FUNCTION diary_entries_maintain_title_counts() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM title_counts_apply(OLD.kind, OLD.title_id, -1, 0);
    ELSE
        PERFORM title_counts_apply(NEW.kind, NEW.title_id, 1, 0);
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION favorites_maintain_title_counts() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM title_counts_apply(OLD.kind, OLD.title_id, 0, -1);
    ELSE
        PERFORM title_counts_apply(NEW.kind, NEW.title_id, 0, 1);
    END IF;
    RETURN NULL;
END;
$$;

-- Instances of the previous version keep writing favorites during a rolling deploy: block their
-- writes for the moment of the backfill, so none falls between the count and the trigger.
LOCK TABLE favorites, diary_entries IN SHARE MODE;

INSERT INTO title_counts (kind, title_id, watch_count, fan_count)
SELECT kind, title_id, sum(watches)::integer, sum(fans)::integer
FROM (SELECT kind, title_id, 1 AS watches, 0 AS fans FROM diary_entries
      UNION ALL
      SELECT kind, title_id, 0, 1 FROM favorites) AS facts
GROUP BY kind, title_id;

-- entries and favorites never change title (no UPDATE path writes kind or title_id)
CREATE TRIGGER diary_entries_maintain_title_counts
    AFTER INSERT OR DELETE ON diary_entries
    FOR EACH ROW EXECUTE FUNCTION diary_entries_maintain_title_counts();

CREATE TRIGGER favorites_maintain_title_counts
    AFTER INSERT OR DELETE ON favorites
    FOR EACH ROW EXECUTE FUNCTION favorites_maintain_title_counts();
