package com.frameratr.recommendations;

import com.frameratr.catalog.TitleRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Titles a user asked never to be recommended (V22's {@code recommendation_hides}). */
@Repository
class HideRepository {

    private static final String HIDE = """
            INSERT INTO recommendation_hides (uid, kind, title_id) VALUES (:uid, :kind, :id)
            ON CONFLICT DO NOTHING
            """;

    private static final String UNHIDE =
            "DELETE FROM recommendation_hides WHERE uid = :uid AND kind = :kind AND title_id = :id";

    private static final String COUNT = "SELECT count(*) FROM recommendation_hides WHERE uid = :uid";

    private final JdbcClient jdbc;

    HideRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the title was not hidden before. */
    boolean hide(String uid, TitleRef title) {
        return jdbc.sql(HIDE)
                        .param("uid", uid)
                        .param("kind", title.kind().code())
                        .param("id", title.id())
                        .update()
                == 1;
    }

    void unhide(String uid, TitleRef title) {
        jdbc.sql(UNHIDE)
                .param("uid", uid)
                .param("kind", title.kind().code())
                .param("id", title.id())
                .update();
    }

    long count(String uid) {
        return jdbc.sql(COUNT).param("uid", uid).query(Long.class).single();
    }
}
