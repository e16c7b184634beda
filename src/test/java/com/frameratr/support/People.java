package com.frameratr.support;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users of the social graph for privacy tests, through the real API: signed-in users with their
 * handles, private profiles, follows (requested or approved) and blocks.
 */
public final class People {

    /** A signed-in user: the token's headers and the public handle. */
    public record Person(String uid, String[] token, String handle) {}

    private final Api api;

    public People(Api api) {
        this.api = api;
    }

    public Person signIn(String uid) {
        String[] token = DevTokens.bearer(api, uid);
        Api.Response me = api.get("/api/me", token);
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        return new Person(uid, token, me.json().get("handle").asString());
    }

    public void makePrivate(Person person) {
        assertThat(api.patch("/api/me", "{\"privacy\": \"private\"}", person.token())
                        .status())
                .isEqualTo(200);
    }

    /** Asks to follow; a private profile's owner has yet to approve. */
    public void requestFollow(Person follower, Person followee) {
        assertThat(api.put("/api/users/" + followee.handle() + "/follow", "", follower.token())
                        .status())
                .isEqualTo(200);
    }

    /** Follows, approved when the profile is private. */
    public void follow(Person follower, Person followee) {
        requestFollow(follower, followee);
        api.post("/api/me/follow-requests/" + follower.handle() + "/approve", "", followee.token());
    }

    public void block(Person blocker, Person blocked) {
        assertThat(api.put("/api/users/" + blocked.handle() + "/block", "", blocker.token())
                        .status())
                .isEqualTo(200);
    }
}
