-- Every user gets a public handle: later features (profiles, follows, list pages) address users by
-- it, and public listings show it instead of the Firebase uid. 3..30 of [a-z0-9_], stored lower
-- case, so a plain unique index makes it unique ignoring case.

ALTER TABLE users ADD COLUMN handle text CHECK (handle ~ '^[a-z0-9_]{3,30}$');

-- The base of a new user's handle: the display name, else the e-mail's local part, lower case,
-- accents removed, every other run of characters one underscore.
CREATE FUNCTION users_handle_base(p_display_name text, p_email text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS
$$
DECLARE
    base text := coalesce(nullif(btrim(p_display_name), ''), nullif(split_part(p_email, '@', 1), ''), 'user');
BEGIN
    base := btrim(regexp_replace(search_normalize(base), '[^a-z0-9_]+', '_', 'g'), '_');
    IF length(base) < 3 THEN
        base := CASE WHEN base = '' THEN 'user' ELSE base || '_user' END;
    END IF;
    RETURN left(base, 30);
END;
$$;

-- All handle assignments and changes take this transaction-level lock, so two of them never pick
-- the same free handle (sign-ups and renames are rare; sign-ins of existing users never take it).
CREATE FUNCTION users_lock_handles() RETURNS void LANGUAGE sql AS
$$ SELECT pg_advisory_xact_lock(7061746501) $$;

-- The base itself when free, else the base with a number: 2..20 in order, then random ones.
CREATE FUNCTION users_free_handle(p_base text) RETURNS text LANGUAGE plpgsql AS
$$
DECLARE
    candidate text := p_base;
    attempt   integer := 1;
    suffix    text;
BEGIN
    WHILE EXISTS (SELECT 1 FROM users WHERE handle = candidate) LOOP
        attempt := attempt + 1;
        suffix := CASE WHEN attempt <= 20 THEN attempt::text ELSE (1000 + floor(random() * 9000000))::bigint::text END;
        candidate := left(p_base, 30 - length(suffix)) || suffix;
    END LOOP;
    RETURN candidate;
END;
$$;

-- A new row without a handle gets one. An insert that will meet an existing uid (the sign-in
-- upsert) reuses that row's handle, without the lock: the row is not inserted anyway.
CREATE FUNCTION users_assign_handle() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.handle IS NULL THEN
        SELECT handle INTO NEW.handle FROM users WHERE uid = NEW.uid;
    END IF;
    IF NEW.handle IS NULL THEN
        PERFORM users_lock_handles();
        NEW.handle := users_free_handle(users_handle_base(NEW.display_name, NEW.email::text));
    END IF;
    RETURN NEW;
END;
$$;

-- Existing users, oldest first, so that the first Ada keeps "ada". Each UPDATE is its own
-- statement and sees the handles given before it. The ALTER TABLE above holds the table's lock
-- until this migration commits, so instances of the previous version insert no user meanwhile.
DO
$$
DECLARE
    row record;
BEGIN
    FOR row IN SELECT uid, display_name, email FROM users ORDER BY created_at, uid LOOP
        UPDATE users
        SET handle = users_free_handle(users_handle_base(row.display_name, row.email::text))
        WHERE uid = row.uid;
    END LOOP;
END;
$$;

CREATE TRIGGER users_assign_handle
    BEFORE INSERT ON users
    FOR EACH ROW EXECUTE FUNCTION users_assign_handle();

ALTER TABLE users ALTER COLUMN handle SET NOT NULL;

CREATE UNIQUE INDEX users_handle_key ON users (handle);
