package com.frameratr.tmdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.FakeTmdb;
import com.frameratr.support.FakeTmdb.Reply;
import com.frameratr.support.TmdbIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The shared TMDb cache is bounded in bytes: a huge answer is served but not kept, and when the
 * table is over its budget the least recently used rows go, not the ones expiring soonest (which
 * let long-lived junk evict short-lived popular answers).
 */
@TmdbIntegrationTest
@TestPropertySource(properties = {"frameratr.tmdb.max-cached-answer=4KB", "frameratr.tmdb.cache-max-bytes=20KB"})
class TmdbCacheBoundsTests {

    final FakeTmdb tmdb = FakeTmdb.start();

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TmdbCache cache;

    @Autowired
    TmdbCachePurge purge;

    @BeforeEach
    void clean() {
        tmdb.reset();
        cache.clearMemory();
        jdbc.sql("DELETE FROM tmdb_cache").update();
    }

    @Test
    void anAnswerOverTheLimitIsServedButNotCached() {
        String huge = "{\"id\": 424242, \"overview\": \"" + "x".repeat(10_000) + "\"}";
        tmdb.always("/person/424242", Reply.ok(huge));

        var first = api.get("/api/tmdb/person/424242");
        var second = api.get("/api/tmdb/person/424242");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).isEqualTo(huge);
        assertThat(second.header("X-Cache")).isEqualTo("MISS");
        assertThat(tmdb.calls("/person/424242")).hasSize(2);
        assertThat(rows("/person/424242")).isZero();
    }

    @Test
    void overTheByteBudgetTheLeastRecentlyUsedRowsGoFirst() {
        // an attacker's 30 long-lived rows, untouched for an hour; 5 popular short-lived ones used now
        for (int i = 0; i < 30; i++) {
            insert("/junk/" + i, "7 days", "1 hour");
        }
        for (int i = 0; i < 5; i++) {
            insert("/popular/" + i, "10 minutes", "0 seconds");
        }

        purge.purge();

        assertThat(keys("/popular/%")).hasSize(5);
        long bytes = jdbc.sql("SELECT coalesce(sum(size_bytes), 0) FROM tmdb_cache")
                .query(Long.class)
                .single();
        assertThat(bytes).isLessThanOrEqualTo(20 * 1024);
        assertThat(keys("/junk/%")).hasSizeLessThan(30);
    }

    @Test
    void answersServedFromMemoryAreMarkedUsedInTheSharedTable() {
        api.get("/api/tmdb/person/287");
        jdbc.sql("UPDATE tmdb_cache SET last_used_at = now() - interval '2 hours'")
                .update();

        assertThat(api.get("/api/tmdb/person/287").header("X-Cache")).isEqualTo("HIT");
        purge.touchUsed();

        double minutesAgo = jdbc.sql("""
                        SELECT extract(EPOCH FROM now() - last_used_at) / 60
                        FROM tmdb_cache
                        WHERE key LIKE '/person/287%'
                        """).query(Double.class).single();
        assertThat(minutesAgo).isLessThan(1);
    }

    private void insert(String key, String lifetime, String unusedFor) {
        jdbc.sql("""
                        INSERT INTO tmdb_cache (key, status, body, fetched_at, expires_at, last_used_at)
                        VALUES (:key, 200, convert_to(repeat('y', 1000), 'UTF8'), now(),
                                now() + CAST(:lifetime AS interval), now() - CAST(:unused AS interval))
                        """)
                .param("key", key)
                .param("lifetime", lifetime)
                .param("unused", unusedFor)
                .update();
    }

    private int rows(String key) {
        return jdbc.sql("SELECT count(*) FROM tmdb_cache WHERE key LIKE :key || '%'")
                .param("key", key)
                .query(Integer.class)
                .single();
    }

    private List<String> keys(String pattern) {
        return jdbc.sql("SELECT key FROM tmdb_cache WHERE key LIKE :pattern")
                .param("pattern", pattern)
                .query(String.class)
                .list();
    }
}
