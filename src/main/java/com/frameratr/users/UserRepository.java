package com.frameratr.users;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private static final String COLUMNS =
            "uid, handle, email, display_name, photo_url, bio, privacy, created_at, updated_at";

    // the token's email is authoritative; name and picture only fill what the user has not set
    private static final String UPSERT_FROM_TOKEN = """
            INSERT INTO users AS u (uid, email, display_name, photo_url)
            VALUES (:uid, :email, :name, :picture)
            ON CONFLICT (uid) DO UPDATE
            SET email        = coalesce(EXCLUDED.email, u.email),
                display_name = coalesce(u.display_name, EXCLUDED.display_name),
                photo_url    = coalesce(u.photo_url, EXCLUDED.photo_url),
                updated_at   = CASE
                                   WHEN (u.email, u.display_name, u.photo_url)
                                        IS NOT DISTINCT FROM
                                        (coalesce(EXCLUDED.email, u.email),
                                         coalesce(u.display_name, EXCLUDED.display_name),
                                         coalesce(u.photo_url, EXCLUDED.photo_url))
                                   THEN u.updated_at
                                   ELSE now()
                               END
            RETURNING %s
            """.formatted(COLUMNS);

    private static final String INSERT_IF_ABSENT = """
            INSERT INTO users (uid, email, display_name, photo_url)
            VALUES (:uid, :email, :name, :picture)
            ON CONFLICT (uid) DO NOTHING
            """;

    // the same, as one part of another statement, only when that statement's condition (%s) holds
    static final String INSERT_IF_ABSENT_WHERE = """
            INSERT INTO users (uid, email, display_name, photo_url)
            SELECT :uid, :email, :name, :picture
            WHERE %s
            ON CONFLICT (uid) DO NOTHING
            """;

    private static final String UPDATE_PROFILE = """
            UPDATE users
            SET handle       = coalesce(lower(:handle), handle),
                display_name = coalesce(:displayName, display_name),
                bio          = CASE WHEN :bio::text IS NULL THEN bio ELSE nullif(:bio, '') END,
                photo_url    = CASE WHEN :photoUrl::text IS NULL THEN photo_url ELSE nullif(:photoUrl, '') END,
                privacy      = coalesce(:privacy, privacy),
                updated_at   = now()
            WHERE uid = :uid
            RETURNING %s
            """.formatted(COLUMNS);

    private static final String DELETE = """
            DELETE FROM users
            WHERE uid = :uid
            """;

    // the sign-up form's name and picture are what the user chose: they replace what is stored;
    // the token's verified e-mail wins over the form's
    private static final String UPSERT_FROM_SIGN_UP = """
            INSERT INTO users AS u (uid, email, display_name, photo_url)
            VALUES (:uid, coalesce(:email, :formEmail), coalesce(:formName, :name), coalesce(:formPhoto, :picture))
            ON CONFLICT (uid) DO UPDATE
            SET email        = coalesce(:email, u.email, :formEmail),
                display_name = coalesce(:formName, u.display_name, :name),
                photo_url    = coalesce(:formPhoto, u.photo_url, :picture),
                updated_at   = CASE
                                   WHEN (u.email, u.display_name, u.photo_url)
                                        IS NOT DISTINCT FROM
                                        (coalesce(:email, u.email, :formEmail),
                                         coalesce(:formName, u.display_name, :name),
                                         coalesce(:formPhoto, u.photo_url, :picture))
                                   THEN u.updated_at
                                   ELSE now()
                               END
            RETURNING %s
            """.formatted(COLUMNS);

    private static final String LOCK_HANDLES = """
            SELECT users_lock_handles()
            """;

    private static final String AUTHORS = """
            SELECT uid, handle, display_name
            FROM users
            WHERE uid IN (:uids)
            """;

    private static final String MEMBER_COLUMNS = "uid, handle, display_name, photo_url, privacy = 'private'";

    private static final String MEMBER_BY_HANDLE = """
            SELECT %s
            FROM users
            WHERE handle = lower(:handle)
            """.formatted(MEMBER_COLUMNS);

    private static final String MEMBERS = """
            SELECT %s
            FROM users
            WHERE uid IN (:uids)
            """.formatted(MEMBER_COLUMNS);

    private static final String BIO = """
            SELECT bio
            FROM users
            WHERE uid = :uid
              AND bio IS NOT NULL
            """;

    private static final RowMapper<Member> MEMBER = (rs, row) ->
            new Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5));

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    User upsertFromToken(CurrentUser user) {
        return claims(jdbc.sql(UPSERT_FROM_TOKEN), user).query(User.class).single();
    }

    void insertIfAbsent(CurrentUser user) {
        claims(jdbc.sql(INSERT_IF_ABSENT), user).update();
    }

    User upsertFromSignUp(CurrentUser user, SignUpForm form) {
        return claims(jdbc.sql(UPSERT_FROM_SIGN_UP), user)
                .param("formEmail", truncate(form.email(), 320))
                .param("formName", form.displayName())
                .param("formPhoto", form.photoUrl())
                .query(User.class)
                .single();
    }

    /** Until the transaction ends, no one else assigns or changes a handle (see V4). */
    void lockHandles() {
        jdbc.sql(LOCK_HANDLES).query().singleValue();
    }

    Optional<User> updateProfile(String uid, ProfileChanges changes) {
        return jdbc.sql(UPDATE_PROFILE)
                .param("uid", uid)
                .param("handle", changes.handle())
                .param("displayName", changes.displayName())
                .param("bio", changes.bio())
                .param("photoUrl", changes.photoUrl())
                .param("privacy", changes.privacy())
                .query(User.class)
                .optional();
    }

    boolean delete(String uid) {
        return jdbc.sql(DELETE).param("uid", uid).update() == 1;
    }

    Map<String, Author> authors(Collection<String> uids) {
        if (uids.isEmpty()) {
            return Map.of();
        }
        record Row(String uid, Author author) {}
        return jdbc
                .sql(AUTHORS)
                .param("uids", uids)
                .query((rs, row) -> new Row(rs.getString(1), new Author(rs.getString(2), rs.getString(3))))
                .list()
                .stream()
                .collect(Collectors.toMap(Row::uid, Row::author));
    }

    Optional<Member> memberByHandle(String handle) {
        return jdbc.sql(MEMBER_BY_HANDLE).param("handle", handle).query(MEMBER).optional();
    }

    Optional<String> bioOf(String uid) {
        return jdbc.sql(BIO).param("uid", uid).query(String.class).optional();
    }

    Map<String, Member> members(Collection<String> uids) {
        if (uids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(MEMBERS).param("uids", uids).query(MEMBER).list().stream()
                .collect(Collectors.toMap(Member::uid, member -> member));
    }

    private static JdbcClient.StatementSpec claims(JdbcClient.StatementSpec statement, CurrentUser user) {
        return statement.params(claimValues(user));
    }

    /** The token's claims as the parameters {@code :uid, :email, :name, :picture}, cut to the columns. */
    static Map<String, @Nullable Object> claimValues(CurrentUser user) {
        Map<String, @Nullable Object> values = new HashMap<>(8);
        values.put("uid", user.uid());
        values.put("email", truncate(user.email(), 320));
        values.put("name", truncate(user.name(), 100));
        values.put("picture", truncate(user.picture(), 2048));
        return values;
    }

    /** Claims come from Google, but the columns have limits; an overlong claim must not lock a user out. */
    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
