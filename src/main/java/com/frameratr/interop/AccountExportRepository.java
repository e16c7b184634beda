package com.frameratr.interop;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of a user's {@code frameratr.json}, a page at a time, each page after the last row of
 * the one before (keyset, served by each table's primary key or the user's index). The records
 * below are the file's schema: {@link FrameratrJson} writes them as they are, snake_case.
 */
@Repository
class AccountExportRepository {

    private static final String PROFILE = """
            SELECT handle, display_name, bio, photo_url, privacy
            FROM users
            WHERE uid = :uid
            """;

    private static final String RATINGS = """
            SELECT kind, title_id, rating_val, created_at, updated_at
            FROM ratings
            WHERE uid = :uid
              AND (kind, title_id) > (:kind, :titleId)
            ORDER BY kind, title_id
            LIMIT :limit
            """;

    private static final String REVIEWS = """
            SELECT kind, title_id, body, spoiler, created_at, updated_at
            FROM reviews
            WHERE uid = :uid
              AND (kind, title_id) > (:kind, :titleId)
            ORDER BY kind, title_id
            LIMIT :limit
            """;

    // with_review: the viewing the user's review of the title was written (or edited) with; a
    // review_id of someone else's review cannot be written, the condition says it anyway.
    // Served by diary_entries_uid_watched_on_idx, read backwards.
    private static final String DIARY = """
            SELECT d.id, d.kind, d.title_id, d.watched_on, d.rewatch, d.rating_val, d.liked, d.tags,
                   EXISTS (SELECT 1
                           FROM reviews r
                           WHERE r.id = d.review_id
                             AND r.uid = d.uid
                             AND r.kind = d.kind
                             AND r.title_id = d.title_id) AS with_review,
                   d.created_at
            FROM diary_entries d
            WHERE d.uid = :uid
              AND (d.watched_on, d.id) > (:watchedOn, :id)
            ORDER BY d.watched_on, d.id
            LIMIT :limit
            """;

    // favorites and the watchlist have the same shape (library's shelves)
    private static final String WATCHLIST = """
            SELECT kind, title_id, created_at
            FROM watchlist
            WHERE uid = :uid
              AND (kind, title_id) > (:kind, :titleId)
            ORDER BY kind, title_id
            LIMIT :limit
            """;

    private static final String FAVORITES = """
            SELECT kind, title_id, created_at
            FROM favorites
            WHERE uid = :uid
              AND (kind, title_id) > (:kind, :titleId)
            ORDER BY kind, title_id
            LIMIT :limit
            """;

    private static final String LISTS = """
            SELECT id, name, description, ranked, visibility, created_at
            FROM user_lists
            WHERE uid = :uid
              AND id > :after
            ORDER BY id
            LIMIT :limit
            """;

    // served by user_list_items_list_id_position_key
    private static final String ENTRIES = """
            SELECT position, kind, title_id, note, added_at
            FROM user_list_items
            WHERE list_id = :listId
              AND position > :after
            ORDER BY position
            LIMIT :limit
            """;

    // a pending request (status 'requested') is not a follow yet
    private static final String FOLLOWING = """
            SELECT u.handle, f.created_at
            FROM follows f
            JOIN users u ON u.uid = f.followee_uid
            WHERE f.follower_uid = :uid
              AND f.status = 'following'
              AND u.handle > :after
            ORDER BY u.handle
            LIMIT :limit
            """;

    record Profile(
            String handle,
            @Nullable String displayName,
            @Nullable String bio,
            @Nullable String photoUrl,
            String privacy) {}

    record Rating(String kind, int tmdbId, BigDecimal ratingVal, Instant createdAt, Instant updatedAt) {}

    record Review(String kind, int tmdbId, String body, boolean spoiler, Instant createdAt, Instant updatedAt) {}

    record DiaryEntry(
            String kind,
            int tmdbId,
            LocalDate watchedOn,
            boolean rewatch,
            @Nullable BigDecimal ratingVal,
            boolean liked,
            List<String> tags,
            boolean withReview,
            Instant createdAt) {}

    /** A diary entry and where the next page starts (the id is not part of the file). */
    record Viewing(long id, DiaryEntry entry) {}

    /** A title on the watchlist or among the favorites. */
    record Shelved(String kind, int tmdbId, Instant addedAt) {}

    /** A list without its entries, which are read (and written) page by page after it. */
    record UserList(
            long id, String name, @Nullable String description, boolean ranked, String visibility, Instant createdAt) {}

    record ListEntry(
            int position, String kind, int tmdbId, @Nullable String note, Instant addedAt) {}

    record Following(String handle, Instant since) {}

    private static final RowMapper<Rating> RATING = (rs, n) -> new Rating(
            rs.getString("kind"),
            rs.getInt("title_id"),
            rs.getBigDecimal("rating_val"),
            instant(rs, "created_at"),
            instant(rs, "updated_at"));

    private static final RowMapper<Review> REVIEW = (rs, n) -> new Review(
            rs.getString("kind"),
            rs.getInt("title_id"),
            rs.getString("body"),
            rs.getBoolean("spoiler"),
            instant(rs, "created_at"),
            instant(rs, "updated_at"));

    private static final RowMapper<Viewing> VIEWING = (rs, n) -> new Viewing(
            rs.getLong("id"),
            new DiaryEntry(
                    rs.getString("kind"),
                    rs.getInt("title_id"),
                    rs.getObject("watched_on", LocalDate.class),
                    rs.getBoolean("rewatch"),
                    rs.getBigDecimal("rating_val"),
                    rs.getBoolean("liked"),
                    LetterboxdExportRepository.tags(rs),
                    rs.getBoolean("with_review"),
                    instant(rs, "created_at")));

    private static final RowMapper<Shelved> SHELVED =
            (rs, n) -> new Shelved(rs.getString("kind"), rs.getInt("title_id"), instant(rs, "created_at"));

    private static final RowMapper<UserList> LIST = (rs, n) -> new UserList(
            rs.getLong("id"),
            rs.getString("name"),
            rs.getString("description"),
            rs.getBoolean("ranked"),
            rs.getString("visibility"),
            instant(rs, "created_at"));

    private static final RowMapper<ListEntry> ENTRY = (rs, n) -> new ListEntry(
            rs.getInt("position"),
            rs.getString("kind"),
            rs.getInt("title_id"),
            rs.getString("note"),
            instant(rs, "added_at"));

    private static final RowMapper<Following> FOLLOWED =
            (rs, n) -> new Following(rs.getString("handle"), instant(rs, "created_at"));

    private final JdbcClient jdbc;

    AccountExportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Profile> profile(String uid) {
        return jdbc.sql(PROFILE).param("uid", uid).query(Profile.class).optional();
    }

    /** Ratings after the title {@code (kind, titleId)}; {@code ("", 0)} is before all. */
    List<Rating> ratings(String uid, String kind, int titleId, int limit) {
        return titled(RATINGS, uid, kind, titleId, limit).query(RATING).list();
    }

    List<Review> reviews(String uid, String kind, int titleId, int limit) {
        return titled(REVIEWS, uid, kind, titleId, limit).query(REVIEW).list();
    }

    List<Shelved> watchlist(String uid, String kind, int titleId, int limit) {
        return titled(WATCHLIST, uid, kind, titleId, limit).query(SHELVED).list();
    }

    List<Shelved> favorites(String uid, String kind, int titleId, int limit) {
        return titled(FAVORITES, uid, kind, titleId, limit).query(SHELVED).list();
    }

    /** Diary entries after {@code (watchedOn, id)}, oldest viewing first. */
    List<Viewing> diary(String uid, LocalDate watchedOn, long id, int limit) {
        return jdbc.sql(DIARY)
                .param("uid", uid)
                .param("watchedOn", watchedOn)
                .param("id", id)
                .param("limit", limit)
                .query(VIEWING)
                .list();
    }

    List<UserList> lists(String uid, long after, int limit) {
        return jdbc.sql(LISTS)
                .param("uid", uid)
                .param("after", after)
                .param("limit", limit)
                .query(LIST)
                .list();
    }

    List<ListEntry> entries(long listId, int afterPosition, int limit) {
        return jdbc.sql(ENTRIES)
                .param("listId", listId)
                .param("after", afterPosition)
                .param("limit", limit)
                .query(ENTRY)
                .list();
    }

    /** Approved follows, by the followee's handle after {@code after} ("" is before all). */
    List<Following> following(String uid, String after, int limit) {
        return jdbc.sql(FOLLOWING)
                .param("uid", uid)
                .param("after", after)
                .param("limit", limit)
                .query(FOLLOWED)
                .list();
    }

    private JdbcClient.StatementSpec titled(String sql, String uid, String kind, int titleId, int limit) {
        return jdbc.sql(sql)
                .param("uid", uid)
                .param("kind", kind)
                .param("titleId", titleId)
                .param("limit", limit);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
