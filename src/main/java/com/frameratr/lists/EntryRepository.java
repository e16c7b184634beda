package com.frameratr.lists;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of list entries ({@code user_list_items}), but for their pages ({@link EntryPageRepository}).
 * Callers hold the list's lock ({@link ListRepository#lockOwn}) around every write. Positions are
 * unique at every row (V10), so a move happens in two steps: the entries that move first step above
 * every position in use (by {@code offset}, more than the list has entries), then take their new
 * positions.
 */
@Repository
class EntryRepository {

    static final String COLUMNS = """
            id, list_id, kind, title_id, position, note, added_at
            """;

    private static final String FIND = "SELECT " + COLUMNS + """
            FROM user_list_items
            WHERE id = :id
              AND list_id = :listId
            """;

    private static final String FIND_BY_TITLE = "SELECT " + COLUMNS + """
            FROM user_list_items
            WHERE list_id = :listId
              AND kind = :kind
              AND title_id = :titleId
            """;

    private static final String IDS_IN_ORDER = """
            SELECT id
            FROM user_list_items
            WHERE list_id = :listId
            ORDER BY position
            """;

    private static final String INSERT = """
            INSERT INTO user_list_items (list_id, kind, title_id, position, note)
            VALUES (:listId, :kind, :titleId, :position, :note)
            RETURNING\s""" + COLUMNS;

    private static final String STEP_ASIDE = """
            UPDATE user_list_items
            SET position = position + :offset
            WHERE list_id = :listId
              AND position BETWEEN :from AND :to
            """;

    // the entries that stepped aside come back shifted by one, except the one that moves (if any)
    private static final String STEP_BACK = """
            UPDATE user_list_items
            SET position = CASE WHEN id = :moving THEN :target ELSE position - :offset + :shift END
            WHERE list_id = :listId
              AND position > :offset
            """;

    private static final String STEP_ASIDE_ALL = """
            UPDATE user_list_items
            SET position = position + :offset
            WHERE list_id = :listId
              AND id = ANY (CAST(:ids AS bigint[]))
            """;

    private static final String TAKE_ORDER = """
            UPDATE user_list_items i
            SET position = o.position
            FROM unnest(CAST(:ids AS bigint[])) WITH ORDINALITY AS o (id, position)
            WHERE i.list_id = :listId
              AND i.id = o.id
              AND i.position > :offset
            """;

    private static final String SET_NOTE = """
            UPDATE user_list_items
            SET note = :note
            WHERE id = :id
              AND list_id = :listId
            """;

    // V10's triggers close the gap and count
    private static final String DELETE = """
            DELETE FROM user_list_items
            WHERE id = :id
              AND list_id = :listId
            RETURNING\s""" + COLUMNS;

    private static final String DELETE_TITLE = """
            DELETE FROM user_list_items
            WHERE list_id = :listId
              AND kind = :kind
              AND title_id = :titleId
            """;

    static final RowMapper<ListEntry> ROW = (rs, row) -> new ListEntry(
            rs.getLong("id"),
            rs.getLong("list_id"),
            TitleKind.ofCode(rs.getString("kind")),
            rs.getInt("title_id"),
            rs.getInt("position"),
            rs.getString("note"),
            rs.getObject("added_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    EntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ListEntry> find(long listId, long id) {
        return jdbc.sql(FIND).param("listId", listId).param("id", id).query(ROW).optional();
    }

    Optional<ListEntry> findByTitle(long listId, TitleRef title) {
        return title(jdbc.sql(FIND_BY_TITLE), title)
                .param("listId", listId)
                .query(ROW)
                .optional();
    }

    List<Long> idsInOrder(long listId) {
        return jdbc.sql(IDS_IN_ORDER).param("listId", listId).query(Long.class).list();
    }

    /** Inserts at {@code position}, moving the entries from there on one down; {@code size} is the list's. */
    ListEntry insert(long listId, TitleRef title, int position, @Nullable String note, int size) {
        if (position <= size) {
            shift(listId, position, size, size, 0, 0, 1);
        }
        return title(jdbc.sql(INSERT), title)
                .param("listId", listId)
                .param("position", position)
                .param("note", note)
                .query(ROW)
                .single();
    }

    /** Moves the entry from its position to {@code target}; the entries between follow by one. */
    void move(ListEntry entry, int target, int size) {
        int from = Math.min(entry.position(), target);
        int to = Math.max(entry.position(), target);
        shift(entry.listId(), from, to, size, entry.id(), target, target < entry.position() ? 1 : -1);
    }

    /** Gives the entries the positions 1..n in the order of {@code ids} (all of the list's, each once). */
    void reorder(long listId, List<Long> ids, List<Long> moving, int size) {
        int offset = size + 1;
        jdbc.sql(STEP_ASIDE_ALL)
                .param("listId", listId)
                .param("offset", offset)
                .param("ids", moving.stream().mapToLong(Long::longValue).toArray())
                .update();
        jdbc.sql(TAKE_ORDER)
                .param("listId", listId)
                .param("offset", offset)
                .param("ids", ids.stream().mapToLong(Long::longValue).toArray())
                .update();
    }

    void setNote(ListEntry entry, @Nullable String note) {
        jdbc.sql(SET_NOTE)
                .param("id", entry.id())
                .param("listId", entry.listId())
                .param("note", note)
                .update();
    }

    Optional<ListEntry> delete(long listId, long id) {
        return jdbc.sql(DELETE)
                .param("listId", listId)
                .param("id", id)
                .query(ROW)
                .optional();
    }

    /** True when the title was in the list. */
    boolean deleteTitle(long listId, TitleRef title) {
        return title(jdbc.sql(DELETE_TITLE), title).param("listId", listId).update() == 1;
    }

    private void shift(long listId, int from, int to, int size, long moving, int target, int shift) {
        int offset = size + 1;
        jdbc.sql(STEP_ASIDE)
                .param("listId", listId)
                .param("offset", offset)
                .param("from", from)
                .param("to", to)
                .update();
        jdbc.sql(STEP_BACK)
                .param("listId", listId)
                .param("offset", offset)
                .param("moving", moving)
                .param("target", target)
                .param("shift", shift)
                .update();
    }

    private static JdbcClient.StatementSpec title(JdbcClient.StatementSpec statement, TitleRef title) {
        return statement.param("kind", title.kind().code()).param("titleId", title.id());
    }
}
