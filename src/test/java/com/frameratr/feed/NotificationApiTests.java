package com.frameratr.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.comments.CommentDeleted;
import com.frameratr.comments.CommentPosted;
import com.frameratr.comments.CommentTarget;
import com.frameratr.feed.SocialActors.Actor;
import com.frameratr.lists.ListLiked;
import com.frameratr.lists.ListUnliked;
import com.frameratr.reviews.ReviewLiked;
import com.frameratr.reviews.ReviewUnliked;
import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Links;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/me/notifications, marking read and GET /api/me's unread_count: each type, none for
 * one's own actions or across blocks, and a fact taken back takes its notification along.
 */
@IntegrationTest
class NotificationApiTests {

    private static final TitleRef DARK_KNIGHT = new TitleRef(TitleKind.MOVIE, 155);

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    SocialActors people;
    Actor ada;
    Actor bob;
    Actor carol;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        people = new SocialActors(api, transactions, events);
        ada = people.signIn("ada");
        bob = people.signIn("bob");
        carol = people.signIn("carol");
    }

    @Test
    void aFollowNotifiesTheFolloweeWithTheFollowersCardAndCountsAsUnread() {
        people.follow(ada, bob, "following");

        Response notifications = api.get("/api/me/notifications", bob.token());

        assertThat(notifications.status()).isEqualTo(200);
        assertThat(notifications.json()).hasSize(1);
        JsonNode followed = notifications.json().get(0);
        assertThat(followed.get("type").asString()).isEqualTo("followed");
        assertThat(followed.get("actor").get("handle").asString()).isEqualTo(ada.handle());
        assertThat(followed.get("read").asBoolean()).isFalse();
        assertThat(followed.get("at").asString()).isNotBlank();
        assertThat(followed.get("review_id").isNull()).isTrue();
        assertThat(followed.get("list_id").isNull()).isTrue();
        assertThat(followed.get("comment_id").isNull()).isTrue();
        assertThat(unreadCount(bob)).isEqualTo(1);
        assertThat(api.get("/api/me/notifications", ada.token()).body()).isEqualTo("[]");
        assertThat(unreadCount(ada)).isZero();
    }

    @Test
    void aRequestNotifiesAndItsApprovalReplacesItWithTheFollow() {
        people.privacy(bob, "private");
        people.follow(ada, bob, "requested");
        assertThat(types(bob)).containsExactly("follow_requested");

        people.approve(bob, ada);

        assertThat(types(bob)).containsExactly("followed");
        assertThat(unreadCount(bob)).isEqualTo(1);
    }

    @Test
    void unfollowingTakesTheNotificationBack() {
        people.follow(ada, bob, "following");
        people.unfollow(ada, bob);

        assertThat(types(bob)).isEmpty();
        assertThat(unreadCount(bob)).isZero();
    }

    @Test
    void likesOfAReviewOrAListNotifyItsOwnerButNeverForOnesOwn() {
        long review = people.review(bob, 155, "Like me.");
        long list = people.list(bob, "Likeable", "public");

        people.publish(new ReviewLiked(review, ada.uid(), bob.uid(), DARK_KNIGHT));
        people.publish(new ListLiked(list, carol.uid(), bob.uid()));
        people.publish(new ReviewLiked(review, bob.uid(), bob.uid(), DARK_KNIGHT));
        people.publish(new ListLiked(list, bob.uid(), bob.uid()));

        JsonNode notifications = api.get("/api/me/notifications", bob.token()).json();
        assertThat(notifications).hasSize(2);
        assertThat(notifications.get(0).get("type").asString()).isEqualTo("list_liked");
        assertThat(notifications.get(0).get("actor").get("handle").asString()).isEqualTo(carol.handle());
        assertThat(notifications.get(0).get("list_id").asLong()).isEqualTo(list);
        assertThat(notifications.get(1).get("type").asString()).isEqualTo("review_liked");
        assertThat(notifications.get(1).get("review_id").asLong()).isEqualTo(review);
        assertThat(unreadCount(bob)).isEqualTo(2);

        people.publish(new ReviewUnliked(review, ada.uid()), new ListUnliked(list, carol.uid()));

        assertThat(types(bob)).isEmpty();
        assertThat(unreadCount(bob)).isZero();
    }

    @Test
    void commentsNotifyTheOwnerAndRepliesTheParentsAuthorOnceEach() {
        long review = people.review(bob, 155, "Discuss.");
        long list = people.list(bob, "Talk", "public");

        people.publish(new CommentPosted(101, ada.uid(), CommentTarget.REVIEW, review, bob.uid(), null, null));
        people.publish(new CommentPosted(102, carol.uid(), CommentTarget.LIST, list, bob.uid(), null, null));
        // carol replies to ada under bob's review: ada for the reply, bob for the comment
        people.publish(new CommentPosted(103, carol.uid(), CommentTarget.REVIEW, review, bob.uid(), 101L, ada.uid()));
        // bob replies to ada under his own review: ada only
        people.publish(new CommentPosted(104, bob.uid(), CommentTarget.REVIEW, review, bob.uid(), 101L, ada.uid()));
        // carol replies to bob's own comment under bob's review: one notification, the reply's
        people.publish(new CommentPosted(105, bob.uid(), CommentTarget.REVIEW, review, bob.uid(), null, null));
        people.publish(new CommentPosted(106, carol.uid(), CommentTarget.REVIEW, review, bob.uid(), 105L, bob.uid()));

        assertThat(types(bob))
                .containsExactly("comment_replied", "review_commented", "list_commented", "review_commented");
        assertThat(types(ada)).containsExactly("comment_replied", "comment_replied");
        JsonNode reply = api.get("/api/me/notifications", ada.token()).json().get(1);
        assertThat(reply.get("comment_id").asLong()).isEqualTo(103);
        assertThat(reply.get("review_id").asLong()).isEqualTo(review);
        assertThat(reply.get("actor").get("handle").asString()).isEqualTo(carol.handle());
        JsonNode onList = api.get("/api/me/notifications", bob.token()).json().get(2);
        assertThat(onList.get("list_id").asLong()).isEqualTo(list);
        assertThat(onList.get("review_id").isNull()).isTrue();

        // deleting ada's comment takes the replies under it along
        people.publish(new CommentDeleted(101));

        assertThat(types(ada)).isEmpty();
        assertThat(types(bob)).containsExactly("comment_replied", "list_commented");
        assertThat(unreadCount(bob)).isEqualTo(2);
    }

    @Test
    void aBlockEitherWayRemovesAndPreventsTheirNotifications() {
        long review = people.review(bob, 155, "Not for ada.");
        people.follow(ada, bob, "following");
        people.publish(new ReviewLiked(review, ada.uid(), bob.uid(), DARK_KNIGHT));
        people.follow(bob, ada, "following");
        assertThat(unreadCount(bob)).isEqualTo(2);

        people.block(bob, ada);

        assertThat(types(bob)).isEmpty();
        assertThat(types(ada))
                .as("the blocked user's notifications from the blocker go too")
                .isEmpty();
        assertThat(unreadCount(bob)).isZero();
        assertThat(unreadCount(ada)).isZero();

        people.publish(new ReviewLiked(review, ada.uid(), bob.uid(), DARK_KNIGHT));
        long adasReview = people.review(ada, 155, "Not for bob.");
        people.publish(new CommentPosted(201, bob.uid(), CommentTarget.REVIEW, adasReview, ada.uid(), null, null));
        assertThat(types(bob)).as("from a user I block").isEmpty();
        assertThat(types(ada)).as("from a user who blocks me").isEmpty();
        assertThat(unreadCount(bob)).isZero();
    }

    @Test
    void markingReadUpToAnIdIsIdempotentAndLowersTheUnreadCount() {
        long review = people.review(bob, 155, "Read me.");
        people.follow(ada, bob, "following");
        people.follow(carol, bob, "following");
        people.publish(new ReviewLiked(review, ada.uid(), bob.uid(), DARK_KNIGHT));
        JsonNode all = api.get("/api/me/notifications", bob.token()).json();
        long middle = all.get(1).get("id").asLong();
        assertThat(unreadCount(bob)).isEqualTo(3);

        Response marked = api.post("/api/me/notifications/read", "{\"up_to\": " + middle + "}", bob.token());

        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.json().toString()).isEqualTo("{\"ok\":true}");
        JsonNode after = api.get("/api/me/notifications", bob.token()).json();
        assertThat(StreamSupport.stream(after.spliterator(), false)
                        .map(item -> item.get("read").asBoolean())
                        .toList())
                .containsExactly(false, true, true);
        assertThat(unreadCount(bob)).isEqualTo(1);

        assertThat(api.post("/api/me/notifications/read", "{\"up_to\": " + middle + "}", bob.token())
                        .json()
                        .toString())
                .isEqualTo("{\"ok\":true}");
        assertThat(unreadCount(bob)).isEqualTo(1);
        api.post("/api/me/notifications/read", "{\"up_to\": 9007199254740991}", bob.token());
        assertThat(unreadCount(bob)).isZero();
        assertThat(unreadCount(carol)).isZero();
        // read ones removed keep the count right
        people.unfollow(ada, bob);
        assertThat(unreadCount(bob)).isZero();
    }

    @Test
    void markingReadNeedsAPositiveUpToAndOnlyMarksOnesOwn() {
        people.follow(ada, bob, "following");
        long id = api.get("/api/me/notifications", bob.token())
                .json()
                .get(0)
                .get("id")
                .asLong();

        Response missing = api.post("/api/me/notifications/read", "{}", ada.token());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/me/notifications/read", "{\"up_to\": 0}", ada.token())
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/me/notifications/read", "{\"up_to\": \"x\"}", ada.token())
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/me/notifications/read", "{\"up_to\": " + id + "}", ada.token())
                        .status())
                .isEqualTo(200);
        assertThat(unreadCount(bob)).as("ada marked only her own").isEqualTo(1);
        assertThat(api.post("/api/me/notifications/read", "{\"up_to\": 1}").status())
                .isEqualTo(401);
    }

    @Test
    void notificationsPageByCursorNewestFirst() {
        List<Actor> followers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Actor follower = people.signIn("fan" + i);
            people.follow(follower, bob, "following");
            followers.add(follower);
        }

        List<String> walked = new ArrayList<>();
        String next = "/api/me/notifications?limit=3";
        while (next != null) {
            Response page = api.get(next, bob.token());
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("X-Total-Count")).isNull();
            page.json()
                    .forEach(item -> walked.add(item.get("actor").get("handle").asString()));
            next = Links.target(page.header("Link"), "next");
        }

        assertThat(walked)
                .containsExactlyElementsOf(
                        followers.reversed().stream().map(Actor::handle).toList());
        assertThat(api.get("/api/me/notifications?page=2", bob.token()).status())
                .isEqualTo(400);
        assertThat(api.get("/api/me/notifications?cursor=%21", bob.token()).status())
                .isEqualTo(400);
    }

    private List<String> types(Actor user) {
        Response response = api.get("/api/me/notifications", user.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false)
                .map(item -> item.get("type").asString())
                .toList();
    }

    private long unreadCount(Actor user) {
        return api.get("/api/me", user.token()).json().get("unread_count").asLong();
    }
}
