package com.frameratr.lists;

import com.frameratr.platform.paging.Cursor;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.platform.paging.Timestamps;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A page of a list's entries, in the list's order: by position when it is ranked (the unique
 * (list_id, position) index), else newest first (user_list_items_list_id_added_at_idx).
 */
@Repository
class EntryPageRepository {

    private static final String BY_POSITION = "SELECT " + EntryRepository.COLUMNS + """
            FROM user_list_items
            WHERE list_id = :listId
            ORDER BY position
            LIMIT :limit
            OFFSET :offset
            """;

    private static final String BY_POSITION_AFTER = "SELECT " + EntryRepository.COLUMNS + """
            FROM user_list_items
            WHERE list_id = :listId
              AND position > :position
            ORDER BY position
            LIMIT :limit
            """;

    private static final String NEWEST = "SELECT " + EntryRepository.COLUMNS + """
            FROM user_list_items
            WHERE list_id = :listId
            ORDER BY added_at DESC, id DESC
            LIMIT :limit
            OFFSET :offset
            """;

    private static final String NEWEST_AFTER = "SELECT " + EntryRepository.COLUMNS + """
            FROM user_list_items
            WHERE list_id = :listId
              AND added_at <= :addedAt
              AND (added_at < :addedAt OR id < :id)
            ORDER BY added_at DESC, id DESC
            LIMIT :limit
            """;

    private final JdbcClient jdbc;

    EntryPageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of a list's entries: by position when it is ranked, else newest first. */
    List<ListEntry> page(UserList list, PageRequest page) {
        JdbcClient.StatementSpec statement;
        if (page.after() == null) {
            statement = jdbc.sql(list.ranked() ? BY_POSITION : NEWEST).param("offset", page.offset());
        } else if (list.ranked()) {
            List<String> key = Cursor.decode(page.after(), 1);
            statement = jdbc.sql(BY_POSITION_AFTER).param("position", Cursor.longPart(key.getFirst()));
        } else {
            List<String> key = Cursor.decode(page.after(), 2);
            statement = jdbc.sql(NEWEST_AFTER)
                    .param("addedAt", Timestamps.fromMicros(Cursor.longPart(key.get(0))))
                    .param("id", Cursor.longPart(key.get(1)));
        }
        return statement
                .param("listId", list.id())
                .param("limit", page.limit())
                .query(EntryRepository.ROW)
                .list();
    }

    /** Where a page ended, in the list's order (a cursor of the other order does not decode). */
    static String cursorOf(UserList list, ListEntry entry) {
        return list.ranked()
                ? Cursor.encode(entry.position())
                : Cursor.encode(Timestamps.toMicros(entry.addedAt()), entry.id());
    }
}
