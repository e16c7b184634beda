package com.frameratr.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frameratr.feed.SocialActors.Actor;
import com.frameratr.support.Api;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Links;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The cluster job that keeps each inbox to its newest rows ({@link InboxTrim}). */
@IntegrationTest
class InboxTrimTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    InboxTrimRepository repository;

    SocialActors people;

    @BeforeEach
    void seed() {
        new Fixtures(jdbc).deleteAll();
        people = new SocialActors(api, transactions, events);
    }

    @Test
    void eachInboxKeepsItsNewestRowsAndTheFeedReadsExactlyThose() {
        Actor ada = people.signIn("ada");
        Actor grace = people.signIn("grace");
        Actor bob = people.signIn("bob");
        people.follow(ada, bob, "following");
        followsOf(bob, 130);
        // grace follows bob after his follows: her follow brought his latest 100 only
        people.follow(grace, bob, "following");
        List<Long> newest = jdbc.sql("""
                        SELECT id FROM activities WHERE actor_uid = 'bob' ORDER BY at DESC, id DESC LIMIT 100
                        """).query(Long.class).list();
        assertThat(inboxRows("ada")).isEqualTo(130);
        assertThat(inboxRows("grace")).isEqualTo(100);

        long deleted = InboxTrim.trimAll(repository, 100);

        assertThat(deleted).isEqualTo(30);
        assertThat(inboxRows("ada")).isEqualTo(100);
        assertThat(inboxRows("grace")).as("100 already").isEqualTo(100);
        assertThat(jdbc.sql("SELECT count(*) FROM activities WHERE actor_uid = 'bob'")
                        .query(Long.class)
                        .single())
                .as("the activities stay")
                .isEqualTo(130);
        assertThat(feed(ada)).containsExactlyElementsOf(newest);
        assertThat(InboxTrim.trimAll(repository, 100))
                .as("a second run finds nothing")
                .isZero();
    }

    @Test
    void aKeepBelowAFollowsBackfillIsRefused() {
        assertThatThrownBy(() -> new InboxTrim().feedInboxTrimJob(repository, 99, Duration.ofHours(6)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("frameratr.feed.inbox-keep must be at least 100, not 99");
    }

    /** The actor follows N other users, each follow an activity in the followers' inboxes. */
    private void followsOf(Actor actor, int count) {
        jdbc.sql("INSERT INTO users (uid) SELECT 'other' || g FROM generate_series(1, :count) g")
                .param("count", count)
                .update();
        for (int i = 1; i <= count; i++) {
            jdbc.sql("INSERT INTO activities (actor_uid, type, other_uid, at) VALUES (:actor, 'followed', :other,"
                            + " now() - make_interval(secs => :age))")
                    .param("actor", actor.uid())
                    .param("other", "other" + i)
                    .param("age", count - i)
                    .update();
        }
    }

    private List<Long> feed(Actor viewer) {
        List<Long> ids = new ArrayList<>();
        String path = "/api/feed?limit=50";
        while (path != null) {
            Api.Response page = api.get(path, viewer.token());
            assertThat(page.status()).isEqualTo(200);
            page.json().forEach(item -> ids.add(item.get("id").asLong()));
            path = Links.target(page.header("Link"), "next");
        }
        return ids;
    }

    private long inboxRows(String viewer) {
        return jdbc.sql("SELECT count(*) FROM feed_inbox WHERE viewer_uid = :viewer")
                .param("viewer", viewer)
                .query(Long.class)
                .single();
    }
}
