package com.frameratr.users;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private static final String COLUMNS = "uid, email, display_name, photo_url, bio, created_at, updated_at";

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

    private static final String UPDATE_PROFILE = """
            UPDATE users
            SET display_name = coalesce(:displayName, display_name),
                bio          = CASE WHEN :bio::text IS NULL THEN bio ELSE nullif(:bio, '') END,
                photo_url    = CASE WHEN :photoUrl::text IS NULL THEN photo_url ELSE nullif(:photoUrl, '') END,
                updated_at   = now()
            WHERE uid = :uid
            RETURNING %s
            """.formatted(COLUMNS);

    private static final String DELETE = """
            DELETE FROM users
            WHERE uid = :uid
            """;

    private static final String DISPLAY_NAMES = """
            SELECT uid, display_name
            FROM users
            WHERE uid IN (:uids)
            """;

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

    Optional<User> updateProfile(String uid, ProfileChanges changes) {
        return jdbc.sql(UPDATE_PROFILE)
                .param("uid", uid)
                .param("displayName", changes.displayName())
                .param("bio", changes.bio())
                .param("photoUrl", changes.photoUrl())
                .query(User.class)
                .optional();
    }

    boolean delete(String uid) {
        return jdbc.sql(DELETE).param("uid", uid).update() == 1;
    }

    Map<String, String> displayNames(Collection<String> uids) {
        if (uids.isEmpty()) {
            return Map.of();
        }
        record UserName(String uid, @Nullable String displayName) {}
        List<UserName> names = jdbc.sql(DISPLAY_NAMES)
                .param("uids", uids)
                .query((rs, row) -> new UserName(rs.getString(1), rs.getString(2)))
                .list();
        return names.stream()
                .filter(name -> name.displayName() != null)
                .collect(Collectors.toMap(UserName::uid, UserName::displayName));
    }

    private static JdbcClient.StatementSpec claims(JdbcClient.StatementSpec statement, CurrentUser user) {
        return statement
                .param("uid", user.uid())
                .param("email", truncate(user.email(), 320))
                .param("name", truncate(user.name(), 100))
                .param("picture", truncate(user.picture(), 2048));
    }

    /** Claims come from Google, but the columns have limits; an overlong claim must not lock a user out. */
    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
