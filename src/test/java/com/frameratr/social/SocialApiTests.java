package com.frameratr.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Follows, follow requests and blocks over HTTP, with the counts the database keeps. */
@IntegrationTest
class SocialApiTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    String[] ada;
    String[] bob;

    @BeforeEach
    void seed() {
        new Fixtures(jdbc).deleteAll();
        ada = signIn("ada");
        bob = signIn("bob");
    }

    @Test
    void followingAPublicProfileFollowsAtOnceAndAgainChangesNothing() {
        assertThat(api.put("/api/users/ada/follow", "", bob).body()).isEqualTo("{\"status\":\"following\"}");
        assertThat(api.put("/api/users/ADA/follow", "", bob).body()).isEqualTo("{\"status\":\"following\"}");

        assertThat(handles(api.get("/api/users/ada/followers"))).containsExactly("bob");
        assertThat(handles(api.get("/api/users/bob/following"))).containsExactly("ada");
        assertThat(api.get("/api/users/ada/followers").header("X-Total-Count")).isEqualTo("1");
        assertThat(counts("ada")).containsExactly(1, 0);
        assertThat(counts("bob")).containsExactly(0, 1);
    }

    @Test
    void unfollowingIsIdempotentAndCorrectsTheCounts() {
        api.put("/api/users/ada/follow", "", bob);

        assertThat(api.delete("/api/users/ada/follow", bob).body()).isEqualTo("{\"ok\":true}");
        assertThat(api.delete("/api/users/ada/follow", bob).body()).isEqualTo("{\"ok\":true}");

        assertThat(handles(api.get("/api/users/ada/followers"))).isEmpty();
        assertThat(counts("ada")).containsExactly(0, 0);
        assertThat(counts("bob")).containsExactly(0, 0);
    }

    @Test
    void followingAPrivateProfileIsARequestUntilTheOwnerApproves() {
        makePrivate(ada);

        assertThat(api.put("/api/users/ada/follow", "", bob).body()).isEqualTo("{\"status\":\"requested\"}");
        assertThat(api.put("/api/users/ada/follow", "", bob).body()).isEqualTo("{\"status\":\"requested\"}");
        assertThat(counts("ada")).containsExactly(0, 0);
        assertThat(handles(api.get("/api/me/follow-requests", ada))).containsExactly("bob");
        Api.Response hidden = api.get("/api/users/ada/followers", bob);
        assertThat(hidden.status()).isEqualTo(403);
        assertThat(hidden.json().get("type").asString()).isEqualTo("urn:frameratr:problem:private-profile");

        assertThat(api.post("/api/me/follow-requests/bob/approve", "", ada).body())
                .isEqualTo("{\"ok\":true}");
        assertThat(api.post("/api/me/follow-requests/bob/approve", "", ada).body())
                .isEqualTo("{\"ok\":true}");

        assertThat(handles(api.get("/api/me/follow-requests", ada))).isEmpty();
        assertThat(api.put("/api/users/ada/follow", "", bob).body()).isEqualTo("{\"status\":\"following\"}");
        assertThat(handles(api.get("/api/users/ada/followers", bob))).containsExactly("bob");
        assertThat(counts("ada")).containsExactly(1, 0);
    }

    @Test
    void aDeniedRequestIsGoneAndCannotBeApprovedLater() {
        makePrivate(ada);
        api.put("/api/users/ada/follow", "", bob);

        assertThat(api.post("/api/me/follow-requests/bob/deny", "", ada).body()).isEqualTo("{\"ok\":true}");
        assertThat(api.post("/api/me/follow-requests/bob/deny", "", ada).body()).isEqualTo("{\"ok\":true}");

        assertThat(handles(api.get("/api/me/follow-requests", ada))).isEmpty();
        Api.Response approve = api.post("/api/me/follow-requests/bob/approve", "", ada);
        assertThat(approve.status()).isEqualTo(404);
        assertThat(approve.json().get("detail").asString()).isEqualTo("No follow request from @bob");
        assertThat(counts("ada")).containsExactly(0, 0);
    }

    @Test
    void aRequestMadeWhileThePofileWasPrivateIsGrantedByFollowingAgainOnceItIsPublic() {
        makePrivate(ada);
        api.put("/api/users/ada/follow", "", bob);
        assertThat(api.patch("/api/me", "{\"privacy\": \"public\"}", ada).status())
                .isEqualTo(200);

        assertThat(api.put("/api/users/ada/follow", "", bob).body()).isEqualTo("{\"status\":\"following\"}");
        assertThat(counts("ada")).containsExactly(1, 0);
    }

    @Test
    void unknownHandlesSelfAndImpossibleHandlesAreClearErrors() {
        Api.Response unknown = api.put("/api/users/nobody_here/follow", "", bob);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).isEqualTo("No user @nobody_here");

        Api.Response impossible = api.put("/api/users/%3Cscript%3E/follow", "", bob);
        assertThat(impossible.status()).isEqualTo(404);
        assertThat(impossible.json().get("detail").asString()).isEqualTo("No such user");

        Api.Response self = api.put("/api/users/bob/follow", "", bob);
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.json().get("errors").get(0).get("message").asString()).isEqualTo("you cannot follow yourself");

        assertThat(api.put("/api/users/ada/follow", "").status()).isEqualTo(401);
        assertThat(api.put("/api/users/ada/block", "").status()).isEqualTo(401);
        assertThat(api.get("/api/me/follow-requests").status()).isEqualTo(401);
    }

    @Test
    void aBlockEndsTheFollowsBothWaysAndHidesTheBlockerFromTheBlocked() {
        api.put("/api/users/ada/follow", "", bob);
        api.put("/api/users/bob/follow", "", ada);

        assertThat(api.put("/api/users/bob/block", "", ada).body()).isEqualTo("{\"ok\":true}");
        assertThat(api.put("/api/users/bob/block", "", ada).body()).isEqualTo("{\"ok\":true}");

        assertThat(counts("ada")).containsExactly(0, 0);
        assertThat(counts("bob")).containsExactly(0, 0);
        Api.Response follow = api.put("/api/users/ada/follow", "", bob);
        assertThat(follow.status()).isEqualTo(404);
        assertThat(follow.json().get("detail").asString()).isEqualTo("No user @ada");
        assertThat(api.delete("/api/users/ada/follow", bob).status()).isEqualTo(404);
        assertThat(api.get("/api/users/ada", bob).status()).isEqualTo(404);
        assertThat(api.get("/api/users/ada/followers", bob).status()).isEqualTo(404);

        Api.Response blockerFollows = api.put("/api/users/bob/follow", "", ada);
        assertThat(blockerFollows.status()).isEqualTo(409);
        assertThat(blockerFollows.json().get("type").asString()).isEqualTo("urn:frameratr:problem:blocked");
        assertThat(handles(api.get("/api/me/blocks", ada))).containsExactly("bob");
    }

    @Test
    void unblockingLetsTheBlockedFollowAgainButRestoresNoFollow() {
        api.put("/api/users/ada/follow", "", bob);
        api.put("/api/users/bob/block", "", ada);

        assertThat(api.delete("/api/users/bob/block", ada).body()).isEqualTo("{\"ok\":true}");
        assertThat(api.delete("/api/users/bob/block", ada).body()).isEqualTo("{\"ok\":true}");

        assertThat(counts("ada")).containsExactly(0, 0);
        assertThat(api.put("/api/users/ada/follow", "", bob).body()).isEqualTo("{\"status\":\"following\"}");
        assertThat(handles(api.get("/api/me/blocks", ada))).isEmpty();
    }

    @Test
    void followListsLeaveOutUsersBlockedEitherWayByTheViewer() {
        String[] carol = signIn("carol");
        String[] dan = signIn("dan");
        api.put("/api/users/ada/follow", "", bob);
        api.put("/api/users/ada/follow", "", carol);
        api.put("/api/users/ada/follow", "", dan);
        api.put("/api/users/bob/block", "", dan);
        api.put("/api/users/dan/block", "", carol);

        assertThat(handles(api.get("/api/users/ada/followers"))).containsExactly("dan", "carol", "bob");
        assertThat(handles(api.get("/api/users/ada/followers", dan))).containsExactly("dan");
        assertThat(handles(api.get("/api/users/ada/followers", bob))).containsExactly("carol", "bob");
    }

    @Test
    void followersPageByCursorWithoutGapsOrRepeats() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String handle = "fan_" + (char) ('a' + i);
            api.put("/api/users/ada/follow", "", signIn(handle));
            expected.addFirst(handle);
        }
        List<String> seen = new ArrayList<>();
        String next = "/api/users/ada/followers?limit=10";
        int pages = 0;
        while (next != null) {
            Api.Response page = api.get(next);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("X-Total-Count")).isEqualTo("25");
            seen.addAll(handles(page));
            next = com.frameratr.support.Links.target(page.header("Link"), "next");
            pages++;
        }
        assertThat(seen).isEqualTo(expected);
        assertThat(pages).isEqualTo(3);

        Api.Response numbered = api.get("/api/users/ada/followers?page=2");
        assertThat(numbered.status()).isEqualTo(400);
    }

    @Test
    void theProfilePrivacyIsPartOfMe() {
        assertThat(api.get("/api/me", ada).json().get("privacy").asString()).isEqualTo("public");
        assertThat(api.patch("/api/me", "{\"privacy\": \"private\"}", ada)
                        .json()
                        .get("privacy")
                        .asString())
                .isEqualTo("private");

        Api.Response wrong = api.patch("/api/me", "{\"privacy\": \"friends\"}", ada);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("message").asString()).isEqualTo("must be public or private");
        assertThat(api.get("/api/me", ada).json().get("privacy").asString()).isEqualTo("private");
    }

    private String[] signIn(String uid) {
        String[] user = DevTokens.bearer(api, uid);
        assertThat(api.get("/api/me", user).json().get("handle").asString()).isEqualTo(uid);
        return user;
    }

    private void makePrivate(String[] user) {
        assertThat(api.patch("/api/me", "{\"privacy\": \"private\"}", user).status())
                .isEqualTo(200);
    }

    private static List<String> handles(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> handles = new ArrayList<>();
        for (JsonNode person : response.json()) {
            handles.add(person.get("handle").asString());
        }
        return handles;
    }

    /** {followers, following} as stored. */
    private List<Integer> counts(String uid) {
        return jdbc.sql("""
                        SELECT coalesce((SELECT followers FROM follow_counts WHERE uid = :uid), 0),
                               coalesce((SELECT following FROM follow_counts WHERE uid = :uid), 0)
                        """)
                .param("uid", uid)
                .query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2)))
                .single();
    }
}
