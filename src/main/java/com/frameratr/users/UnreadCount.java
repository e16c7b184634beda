package com.frameratr.users;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The {@code unread_count} of a {@link MeResponse}: 0 while no module implements the counter. */
@Component
class UnreadCount {

    private final ObjectProvider<UnreadNotifications> counter;

    UnreadCount(ObjectProvider<UnreadNotifications> counter) {
        this.counter = counter;
    }

    long of(CurrentUser user) {
        UnreadNotifications unread = counter.getIfAvailable();
        return unread == null ? 0 : unread.unreadOf(user.uid());
    }
}
