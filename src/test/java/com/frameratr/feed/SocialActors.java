package com.frameratr.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Users of the feed's tests, signed in through the API, and the events of the reactions branch
 * (likes, comments) published as their publishers will: inside a transaction of their own.
 */
final class SocialActors {

    record Actor(String uid, String handle, String[] token) {}

    private final Api api;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    SocialActors(Api api, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.api = api;
        this.transactions = transactions;
        this.events = events;
    }

    Actor signIn(String uid) {
        String[] token = DevTokens.bearer(api, uid);
        Api.Response me = api.get("/api/me", token);
        assertThat(me.status()).isEqualTo(200);
        return new Actor(uid, me.json().get("handle").asString(), token);
    }

    void follow(Actor follower, Actor followee, String expectedStatus) {
        Api.Response response = api.put("/api/users/" + followee.handle() + "/follow", "", follower.token());
        assertThat(response.json().get("status").asString())
                .as(response.toString())
                .isEqualTo(expectedStatus);
    }

    void unfollow(Actor follower, Actor followee) {
        assertThat(api.delete("/api/users/" + followee.handle() + "/follow", follower.token())
                        .status())
                .isEqualTo(200);
    }

    void approve(Actor owner, Actor requester) {
        assertThat(api.post("/api/me/follow-requests/" + requester.handle() + "/approve", "", owner.token())
                        .status())
                .isEqualTo(200);
    }

    void block(Actor blocker, Actor blocked) {
        assertThat(api.put("/api/users/" + blocked.handle() + "/block", "", blocker.token())
                        .status())
                .isEqualTo(200);
    }

    void privacy(Actor user, String privacy) {
        assertThat(api.patch("/api/me", "{\"privacy\": \"" + privacy + "\"}", user.token())
                        .status())
                .isEqualTo(200);
    }

    long review(Actor author, int movieId, String body) {
        Api.Response response =
                api.post("/api/reviews", "{\"movie_id\": " + movieId + ", \"body\": \"" + body + "\"}", author.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("id").asLong();
    }

    long list(Actor owner, String name, String visibility) {
        Api.Response response = api.post(
                "/api/lists", "{\"name\": \"" + name + "\", \"visibility\": \"" + visibility + "\"}", owner.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("id").asLong();
    }

    /** Publishes the events inside one transaction, as a write of the reactions module does. */
    void publish(Object... facts) {
        transactions.executeWithoutResult(status -> {
            for (Object fact : facts) {
                events.publishEvent(fact);
            }
        });
    }

    void within(Consumer<ApplicationEventPublisher> write) {
        transactions.executeWithoutResult(status -> write.accept(events));
    }
}
