package com.frameratr.comments;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.lists.ListLiked;
import com.frameratr.lists.ListUnliked;
import com.frameratr.reviews.ReviewLiked;
import com.frameratr.reviews.ReviewUnliked;
import com.frameratr.support.Api;
import com.frameratr.support.EventRecorder;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Json;
import com.frameratr.support.People;
import com.frameratr.support.People.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Likes and comments publish their events once, only when something changed. */
@IntegrationTest
@Import(EventRecorder.class)
class ReactionEventsTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventRecorder events;

    People people;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        people = new People(api);
    }

    @Test
    void aRepeatedLikeOrUnlikePublishesNothing() {
        Person ada = people.signIn("ev-like-ada");
        Person grace = people.signIn("ev-like-grace");
        long review = api.post("/api/reviews", Json.object("movie_id", 155, "body", "Ledger."), ada.token())
                .json()
                .get("id")
                .asLong();
        long list = api.post("/api/lists", Json.object("name", "Open", "visibility", "public"), ada.token())
                .json()
                .get("id")
                .asLong();

        for (int i = 0; i < 2; i++) {
            api.put("/api/reviews/" + review + "/like", "", grace.token());
            api.put("/api/lists/" + list + "/like", "", grace.token());
        }
        ReviewLiked liked = events.awaitOne(ReviewLiked.class, e -> e.uid().equals(grace.uid()));
        ListLiked listLiked = events.awaitOne(ListLiked.class, e -> e.uid().equals(grace.uid()));
        for (int i = 0; i < 2; i++) {
            api.delete("/api/reviews/" + review + "/like", grace.token());
            api.delete("/api/lists/" + list + "/like", grace.token());
        }

        assertThat(liked.reviewId()).isEqualTo(review);
        assertThat(liked.authorUid()).isEqualTo(ada.uid());
        assertThat(listLiked.ownerUid()).isEqualTo(ada.uid());
        events.awaitOne(ReviewUnliked.class, e -> e.uid().equals(grace.uid()) && e.reviewId() == review);
        events.awaitOne(ListUnliked.class, e -> e.uid().equals(grace.uid()) && e.listId() == list);
        assertThat(events.matching(ReviewLiked.class, e -> e.uid().equals(grace.uid())))
                .hasSize(1);
    }

    @Test
    void aReplyNamesItsTopLevelCommentAndItsAuthor() {
        Person ada = people.signIn("ev-cm-ada");
        Person grace = people.signIn("ev-cm-grace");
        long review = api.post("/api/reviews", Json.object("movie_id", 155, "body", "Ledger."), ada.token())
                .json()
                .get("id")
                .asLong();
        long top = api.post("/api/reviews/" + review + "/comments", Json.object("body", "Top"), grace.token())
                .json()
                .get("id")
                .asLong();
        long reply = api.post(
                        "/api/reviews/" + review + "/comments",
                        Json.object("body", "Reply", "parent_id", top),
                        ada.token())
                .json()
                .get("id")
                .asLong();
        api.post(
                "/api/reviews/" + review + "/comments",
                Json.object("body", "Reply to the reply", "parent_id", reply),
                ada.token());

        CommentPosted first = events.awaitOne(CommentPosted.class, e -> e.commentId() == top);
        CommentPosted nested = events.awaitOne(CommentPosted.class, e -> e.parentId() != null && e.commentId() > reply);
        assertThat(api.delete("/api/comments/" + top, ada.token()).status()).isEqualTo(200);

        assertThat(first.target()).isEqualTo(CommentTarget.REVIEW);
        assertThat(first.targetId()).isEqualTo(review);
        assertThat(first.targetOwnerUid()).isEqualTo(ada.uid());
        assertThat(first.parentId()).isNull();
        assertThat(nested.parentId()).isEqualTo(top);
        assertThat(nested.parentAuthorUid()).isEqualTo(grace.uid());
        events.awaitOne(CommentDeleted.class, e -> e.commentId() == top);
    }
}
