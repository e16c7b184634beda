package com.frameratr.lists;

import com.frameratr.catalog.TitleRef;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ListRepository {

    private static final String MINE = """
            SELECT l.id, l.name, l.created_at,
                   (SELECT count(*) FROM user_list_items i WHERE i.list_id = l.id AND i.kind = 'movie') AS movie_count
            FROM user_lists l
            WHERE l.uid = :uid
            ORDER BY l.created_at DESC, l.id DESC
            LIMIT :limit
            """;

    private static final String CREATE = """
            INSERT INTO user_lists (uid, name)
            VALUES (:uid, :name)
            ON CONFLICT ON CONSTRAINT user_lists_uid_name_key DO UPDATE
            SET name = EXCLUDED.name
            RETURNING id, name, created_at,
                      (SELECT count(*) FROM user_list_items i WHERE i.list_id = id AND i.kind = 'movie') AS movie_count
            """;

    private static final String LOCK_OWNER = """
            SELECT uid
            FROM users
            WHERE uid = :uid
            FOR UPDATE
            """;

    private static final String FIND_BY_NAME = """
            SELECT l.id, l.name, l.created_at,
                   (SELECT count(*) FROM user_list_items i WHERE i.list_id = l.id AND i.kind = 'movie') AS movie_count
            FROM user_lists l
            WHERE l.uid = :uid
              AND l.name = :name
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

    private static final String OWNS = """
            SELECT EXISTS (SELECT 1 FROM user_lists WHERE id = :id AND uid = :uid)
            """;

    private static final String ADD_ITEM = """
            INSERT INTO user_list_items (list_id, kind, title_id)
            VALUES (:id, :kind, :titleId)
            ON CONFLICT DO NOTHING
            """;

    private static final String REMOVE_ITEM = """
            DELETE FROM user_list_items
            WHERE list_id = :id
              AND kind = :kind
              AND title_id = :titleId
            """;

    private final JdbcClient jdbc;

    ListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UserList> mine(String uid, int limit) {
        return jdbc.sql(MINE)
                .param("uid", uid)
                .param("limit", limit)
                .query(UserList.class)
                .list();
    }

    /** Holds the owner's row until the transaction ends: one list change per user at a time. */
    void lockOwner(String uid) {
        jdbc.sql(LOCK_OWNER).param("uid", uid).query(String.class).optional();
    }

    Optional<UserList> findByName(String uid, String name) {
        return jdbc.sql(FIND_BY_NAME)
                .param("uid", uid)
                .param("name", name)
                .query(UserList.class)
                .optional();
    }

    long countMine(String uid) {
        return jdbc.sql(COUNT_MINE).param("uid", uid).query(Long.class).single();
    }

    UserList create(String uid, String name) {
        return jdbc.sql(CREATE)
                .param("uid", uid)
                .param("name", name)
                .query(UserList.class)
                .single();
    }

    boolean deleteOwn(long id, String uid) {
        return jdbc.sql(DELETE_OWN).param("id", id).param("uid", uid).update() == 1;
    }

    boolean owns(long id, String uid) {
        return jdbc.sql(OWNS)
                .param("id", id)
                .param("uid", uid)
                .query(Boolean.class)
                .single();
    }

    /** True when the title was not in the list yet. */
    boolean addItem(long id, TitleRef title) {
        return jdbc.sql(ADD_ITEM)
                        .param("id", id)
                        .param("kind", title.kind().code())
                        .param("titleId", title.id())
                        .update()
                == 1;
    }

    /** True when the title was in the list. */
    boolean removeItem(long id, TitleRef title) {
        return jdbc.sql(REMOVE_ITEM)
                        .param("id", id)
                        .param("kind", title.kind().code())
                        .param("titleId", title.id())
                        .update()
                == 1;
    }
}
