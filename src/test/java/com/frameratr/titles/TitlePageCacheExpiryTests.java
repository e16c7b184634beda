package com.frameratr.titles;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** A cached title page is at most page-cache-ttl old: a write on another instance shows after it. */
@IntegrationTest
@TestPropertySource(properties = {"frameratr.titles.page-cache-ttl=1s", "frameratr.catalog.first-page-ttl=1s"})
class TitlePageCacheExpiryTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWriteTheInstanceDidNotSeeShowsAfterTheTtl() throws InterruptedException {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        assertThat(api.get("/api/movies/155").json().get("user_rating_count").asInt())
                .isEqualTo(0);
        // as another instance would: straight to the database, no event here
        fixtures.user("grace", "Grace");
        fixtures.rating("grace", "movie", 155, "9");

        Thread.sleep(1_200);

        assertThat(api.get("/api/movies/155").json().get("user_rating_count").asInt())
                .isEqualTo(1);
    }
}
