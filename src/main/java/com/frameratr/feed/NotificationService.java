package com.frameratr.feed;

import com.frameratr.platform.paging.Cursor;
import com.frameratr.platform.paging.Page;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Member;
import com.frameratr.users.UnreadNotifications;
import com.frameratr.users.Users;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The signed-in user's notifications, newest first, and the unread count of {@code GET /api/me}. */
@Service
class NotificationService implements UnreadNotifications {

    private final NotificationRepository notifications;
    private final Users users;

    NotificationService(NotificationRepository notifications, Users users) {
        this.notifications = notifications;
        this.users = users;
    }

    Page<NotificationResponse> page(CurrentUser user, PageRequest page) {
        String after = page.after();
        long afterId = after == null
                ? Long.MAX_VALUE
                : Cursor.longPart(Cursor.decode(after, 1).getFirst());
        List<NotificationRow> rows = notifications.page(user.uid(), afterId, page.limit());
        Map<String, Member> actors =
                users.members(rows.stream().map(NotificationRow::actorUid).toList());
        Page<NotificationRow> read = new Page<>(rows, rows.size(), page).withNextCursor(row -> Cursor.encode(row.id()));
        List<NotificationResponse> items = rows.stream()
                .filter(row -> actors.containsKey(row.actorUid()))
                .map(row -> new NotificationResponse(
                        row.id(),
                        row.type(),
                        PersonCard.of(actors.get(row.actorUid())),
                        row.at(),
                        row.read(),
                        row.reviewId(),
                        row.listId(),
                        row.commentId()))
                .toList();
        return new Page<>(items, items.size(), page, read.nextCursor());
    }

    /** Idempotent: what is read already stays read, and ids past the newest mark only what exists. */
    void markRead(CurrentUser user, long upTo) {
        notifications.markRead(user.uid(), upTo);
    }

    @Override
    public long unreadOf(String uid) {
        return notifications.unread(uid);
    }
}
