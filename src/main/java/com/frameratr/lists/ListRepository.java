package com.frameratr.lists;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of an owner's lists ({@code user_lists}); the counters are kept by V10's triggers. */
@Repository
class ListRepository {

    static final String COLUMNS = """
            id, uid, name, description, ranked, visibility, entry_count, movie_count, created_at, updated_at,
            like_count, comment_count
            """;

    private static final String MINE = "SELECT " + COLUMNS + """
            FROM user_lists
            WHERE uid = :uid
            ORDER BY created_at DESC, id DESC
            LIMIT :limit
            """;

    // what others see of a user's lists: the public ones (unlisted lists are read by link only)
    private static final String PUBLIC_OF = "SELECT " + COLUMNS + """
            FROM user_lists
            WHERE uid = :uid
              AND visibility = 'public'
            ORDER BY created_at DESC, id DESC
            LIMIT :limit
            """;

    private static final String COUNT_PUBLIC_OF = """
            SELECT count(*)
            FROM user_lists
            WHERE uid = :uid
              AND visibility = 'public'
            """;

    // the owner's lock and the lookup by name come first, so the name never conflicts here; if it
    // did, the existing list would be the answer, unchanged
    private static final String CREATE = """
            INSERT INTO user_lists (uid, name, description, ranked, visibility)
            VALUES (:uid, :name, :description, :ranked, :visibility)
            ON CONFLICT ON CONSTRAINT user_lists_uid_name_key DO UPDATE
            SET name = EXCLUDED.name
            RETURNING\s""" + COLUMNS;

    private static final String LOCK_OWNER = """
            SELECT uid
            FROM users
            WHERE uid = :uid
            FOR UPDATE
            """;

    private static final String FIND_BY_NAME = "SELECT " + COLUMNS + """
            FROM user_lists
            WHERE uid = :uid
              AND name = :name
            """;

    private static final String COUNT_MINE = """
            SELECT count(*)
            FROM user_lists
            WHERE uid = :uid
            """;

    private static final String DELETE_OWN = """
            DELETE FROM user_lists
            WHERE id = :id
              AND uid = :uid
            """;

    private static final String FIND = "SELECT " + COLUMNS + """
            FROM user_lists
            WHERE id = :id
            """;

    // every write to a list or its entries takes this first: one writer per list at a time, across
    // instances (the entry triggers of V10 take the same lock)
    private static final String LOCK_OWN = "SELECT " + COLUMNS + """
            FROM user_lists
            WHERE id = :id
              AND uid = :uid
            FOR NO KEY UPDATE
            """;

    private static final String UPDATE = """
            UPDATE user_lists
            SET name        = :name,
                description = :description,
                ranked      = :ranked,
                visibility  = :visibility,
                updated_at  = now()
            WHERE id = :id
            RETURNING\s""" + COLUMNS;

    private static final String TOUCH = """
            UPDATE user_lists
            SET updated_at = now()
            WHERE id = :id
            RETURNING\s""" + COLUMNS;

    static final RowMapper<UserList> ROW = (rs, row) -> new UserList(
            rs.getLong("id"),
            rs.getString("uid"),
            rs.getString("name"),
            rs.getString("description"),
            rs.getBoolean("ranked"),
            Visibility.ofCode(rs.getString("visibility")),
            rs.getInt("entry_count"),
            rs.getInt("movie_count"),
            rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("updated_at", OffsetDateTime.class),
            rs.getInt("like_count"),
            rs.getInt("comment_count"));

    private final JdbcClient jdbc;

    ListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UserList> mine(String uid, int limit) {
        return jdbc.sql(MINE).param("uid", uid).param("limit", limit).query(ROW).list();
    }

    long countPublicOf(String uid) {
        return jdbc.sql(COUNT_PUBLIC_OF).param("uid", uid).query(Long.class).single();
    }

    List<UserList> publicOf(String uid, int limit) {
        return jdbc.sql(PUBLIC_OF)
                .param("uid", uid)
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    /** Holds the owner's row until the transaction ends: one list creation per user at a time. */
    void lockOwner(String uid) {
        jdbc.sql(LOCK_OWNER).param("uid", uid).query(String.class).optional();
    }

    Optional<UserList> findByName(String uid, String name) {
        return jdbc.sql(FIND_BY_NAME)
                .param("uid", uid)
                .param("name", name)
                .query(ROW)
                .optional();
    }

    long countMine(String uid) {
        return jdbc.sql(COUNT_MINE).param("uid", uid).query(Long.class).single();
    }

    UserList create(String uid, ListFields fields) {
        return fields(jdbc.sql(CREATE), fields).param("uid", uid).query(ROW).single();
    }

    boolean deleteOwn(long id, String uid) {
        return jdbc.sql(DELETE_OWN).param("id", id).param("uid", uid).update() == 1;
    }

    Optional<UserList> find(long id) {
        return jdbc.sql(FIND).param("id", id).query(ROW).optional();
    }

    /** The owner's list, locked until the transaction ends; empty when it is not theirs (or gone). */
    Optional<UserList> lockOwn(long id, String uid) {
        return jdbc.sql(LOCK_OWN).param("id", id).param("uid", uid).query(ROW).optional();
    }

    UserList update(long id, ListFields fields) {
        return fields(jdbc.sql(UPDATE), fields).param("id", id).query(ROW).single();
    }

    /** Marks the list as changed now (its entries' order or notes changed). */
    UserList touch(long id) {
        return jdbc.sql(TOUCH).param("id", id).query(ROW).single();
    }

    private static JdbcClient.StatementSpec fields(JdbcClient.StatementSpec statement, ListFields fields) {
        return statement
                .param("name", fields.name())
                .param("description", fields.description())
                .param("ranked", fields.ranked())
                .param("visibility", fields.visibility().code());
    }
}
