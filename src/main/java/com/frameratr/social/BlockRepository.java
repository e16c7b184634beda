package com.frameratr.social;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BlockRepository {

    private static final String INSERT = """
            INSERT INTO blocks (blocker_uid, blocked_uid)
            VALUES (:blocker, :blocked)
            ON CONFLICT (blocker_uid, blocked_uid) DO NOTHING
            """;

    private static final String DELETE = """
            DELETE FROM blocks
            WHERE blocker_uid = :blocker
              AND blocked_uid = :blocked
            """;

    private static final String BLOCKS = """
            SELECT EXISTS (SELECT 1 FROM blocks WHERE blocker_uid = :blocker AND blocked_uid = :blocked)
            """;

    private static final String PAGE = """
            SELECT id, blocked_uid, created_at
            FROM blocks
            WHERE blocker_uid = :blocker
              AND id < :after
            ORDER BY id DESC
            LIMIT :limit
            """;

    private static final String COUNT = """
            SELECT count(*)
            FROM blocks
            WHERE blocker_uid = :blocker
            """;

    private final JdbcClient jdbc;

    BlockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean insert(String blocker, String blocked) {
        return jdbc.sql(INSERT)
                        .param("blocker", blocker)
                        .param("blocked", blocked)
                        .update()
                == 1;
    }

    boolean delete(String blocker, String blocked) {
        return jdbc.sql(DELETE)
                        .param("blocker", blocker)
                        .param("blocked", blocked)
                        .update()
                == 1;
    }

    boolean blocks(String blocker, String blocked) {
        return jdbc.sql(BLOCKS)
                .param("blocker", blocker)
                .param("blocked", blocked)
                .query(Boolean.class)
                .single();
    }

    List<Edge> page(String blocker, long afterId, int limit) {
        return jdbc.sql(PAGE)
                .param("blocker", blocker)
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, row) -> new Edge(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
                .list();
    }

    long count(String blocker) {
        return jdbc.sql(COUNT).param("blocker", blocker).query(Long.class).single();
    }
}
