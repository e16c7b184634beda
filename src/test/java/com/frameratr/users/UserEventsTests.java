package com.frameratr.users;

import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.EventRecorder;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** UserDeleted after the account's deletion commits, once, never after a rollback. */
@IntegrationTest
@Import(EventRecorder.class)
class UserEventsTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventRecorder events;

    @Autowired
    UserService users;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void clean() {
        new Fixtures(jdbc).deleteAll();
    }

    @Test
    void userDeletedArrivesOnceAfterTheCommit() {
        String[] token = DevTokens.bearer(api, "ev-gone");
        api.get("/api/me", token);
        api.delete("/api/me", token);
        api.delete("/api/me", token);

        events.awaitOne(UserDeleted.class, e -> e.uid().equals("ev-gone"));
    }

    @Test
    void noUserDeletedWhenTheDeletionRollsBack() {
        new Fixtures(jdbc).user("ev-stays", "Stays");
        transactions.executeWithoutResult(status -> {
            users.delete(new CurrentUser("ev-stays", null, null, null));
            status.setRollbackOnly();
        });
        String[] token = DevTokens.bearer(api, "ev-leaves");
        api.get("/api/me", token);
        api.delete("/api/me", token);

        events.awaitOne(UserDeleted.class, e -> e.uid().equals("ev-leaves"));
        events.assertNone(UserDeleted.class, e -> e.uid().equals("ev-stays"), "ev-stays");
    }
}
