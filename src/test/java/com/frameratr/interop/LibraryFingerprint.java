package com.frameratr.interop;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Everything of a user's library that an import writes, as one text: equal texts, equal libraries. */
final class LibraryFingerprint {

    private static final String SQL = """
            SELECT coalesce(string_agg(x, E'\\n' ORDER BY x), '') FROM (
                SELECT 'diary|' || kind || '|' || title_id || '|' || watched_on || '|' || rewatch || '|'
                       || coalesce(rating_val::text, '') || '|' || liked || '|' || array_to_string(tags, ',') || '|'
                       || coalesce((SELECT 'review of ' || r.title_id FROM reviews r WHERE r.id = d.review_id), '')
                FROM diary_entries d WHERE uid = :uid
                UNION ALL
                SELECT 'rating|' || kind || '|' || title_id || '|' || rating_val || '|' || updated_at
                FROM ratings WHERE uid = :uid
                UNION ALL
                SELECT 'review|' || kind || '|' || title_id || '|' || md5(body) || '|' || spoiler || '|' || updated_at
                FROM reviews WHERE uid = :uid
                UNION ALL
                SELECT 'watchlist|' || kind || '|' || title_id || '|' || created_at FROM watchlist WHERE uid = :uid
                UNION ALL
                SELECT 'favorite|' || kind || '|' || title_id FROM favorites WHERE uid = :uid
                UNION ALL
                SELECT 'list|' || name || '|' || coalesce(description, '') || '|' || visibility || '|' || ranked
                       || '|' || entry_count
                FROM user_lists WHERE uid = :uid
                UNION ALL
                SELECT 'entry|' || l.name || '|' || i.position || '|' || i.kind || '|' || i.title_id || '|'
                       || coalesce(i.note, '')
                FROM user_list_items i JOIN user_lists l ON l.id = i.list_id WHERE l.uid = :uid
            ) f(x)
            """;

    private LibraryFingerprint() {}

    static String of(JdbcClient jdbc, String uid) {
        return jdbc.sql(SQL).param("uid", uid).query(String.class).single();
    }
}
