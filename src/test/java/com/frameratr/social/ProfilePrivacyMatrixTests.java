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

/**
 * Every profile path that shows another user's data, tried by each kind of viewer: anonymous, a
 * signed-in stranger, one who asked to follow (not approved), an approved follower, the owner, a
 * user the owner blocks, and a user who blocks the owner; for a private and a public profile.
 */
@IntegrationTest
class ProfilePrivacyMatrixTests {

    /** The pages of a profile besides the profile itself. */
    private static final List<String> PAGES = List.of("diary", "ratings", "lists", "followers", "following");

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    String[] ada;
    String[] stranger;
    String[] requester;
    String[] follower;
    String[] blocked;
    String[] blocker;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.movie(603, "The Matrix", 80);
        ada = signIn("ada");
        stranger = signIn("stranger");
        requester = signIn("requester");
        follower = signIn("follower");
        blocked = signIn("blocked");
        blocker = signIn("blocker");
        assertThat(api.put("/api/users/ada/follow", "", follower).status()).isEqualTo(200);
        assertThat(api.post(
                                "/api/diary",
                                "{\"movie_id\": 155, \"watched_on\": \"2026-11-02\", \"rating_val\": 9, \"liked\": true}",
                                ada)
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/diary", "{\"movie_id\": 603, \"watched_on\": \"2025-05-01\"}", ada)
                        .status())
                .isEqualTo(201);
        api.post("/api/lists", "{\"name\": \"Noir\", \"visibility\": \"public\"}", ada);
        api.post("/api/lists", "{\"name\": \"Link only\", \"visibility\": \"unlisted\"}", ada);
        api.post("/api/lists", "{\"name\": \"Secret\"}", ada);
        assertThat(api.put("/api/users/blocked/block", "", ada).status()).isEqualTo(200);
        assertThat(api.put("/api/users/ada/block", "", blocker).status()).isEqualTo(200);
    }

    @Test
    void aPrivateProfileShowsItsContentToItsOwnerAndApprovedFollowersOnly() {
        assertThat(api.patch("/api/me", "{\"privacy\": \"private\"}", ada).status())
                .isEqualTo(200);
        assertThat(api.put("/api/users/ada/follow", "", requester).body()).isEqualTo("{\"status\":\"requested\"}");

        seesEverything(ada, true);
        seesEverything(follower, false);
        seesTheCardOnly(null, null, "private-profile");
        seesTheCardOnly(stranger, "none", "private-profile");
        seesTheCardOnly(requester, "requested", "private-profile");
        seesNothing(blocked);
        seesTheCardOnly(blocker, "none", "blocked-by-you");
    }

    @Test
    void aPublicProfileShowsItsContentToAnyoneItDoesNotBlock() {
        seesEverything(ada, true);
        seesEverything(follower, false);
        seesEverything(null, false);
        seesEverything(stranger, false);
        seesNothing(blocked);
        seesTheCardOnly(blocker, "none", "blocked-by-you");
    }

    @Test
    void turningPrivateHidesTheContentFromStrangersAtOnceAndKeepsFollowers() {
        seesEverything(stranger, false);

        assertThat(api.patch("/api/me", "{\"privacy\": \"private\"}", ada).status())
                .isEqualTo(200);

        seesTheCardOnly(stranger, "none", "private-profile");
        seesEverything(follower, false);
    }

    @Test
    void theProfileCarriesCountsStripsAndTheViewersFollowStatus() {
        JsonNode profile = api.get("/api/users/ada", follower).json();

        assertThat(profile.get("handle").asString()).isEqualTo("ada");
        assertThat(profile.get("privacy").asString()).isEqualTo("public");
        assertThat(profile.get("follow_status").asString()).isEqualTo("following");
        assertThat(profile.get("blocked_by_me").asBoolean()).isFalse();
        JsonNode counts = profile.get("counts");
        assertThat(counts.get("films").asInt()).isEqualTo(2);
        assertThat(counts.get("films_this_year").asInt())
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear() == 2026 ? 1 : 0);
        assertThat(counts.get("reviews").asInt()).isZero();
        assertThat(counts.get("lists").asInt()).as("the public list only").isEqualTo(1);
        assertThat(counts.get("followers").asInt()).isEqualTo(1);
        assertThat(counts.get("following").asInt()).isZero();
        assertThat(profile.get("favorites").get(0).get("title").asString()).isEqualTo("The Dark Knight");
        assertThat(profile.get("recent_diary").size()).isEqualTo(2);
        assertThat(profile.get("recent_diary").get(0).get("movie_id").asInt()).isEqualTo(155);
        assertThat(profile.get("recent_diary").get(0).get("title").get("title").asString())
                .isEqualTo("The Dark Knight");
        assertThat(profile.get("rating_histogram").get(17).asInt())
                .as("one rating of 9")
                .isEqualTo(1);

        JsonNode own = api.get("/api/users/ada", ada).json();
        assertThat(own.has("follow_status")).as("not on one's own profile").isFalse();
        assertThat(own.get("counts").get("lists").asInt())
                .as("all lists to the owner")
                .isEqualTo(3);
        assertThat(api.get("/api/users/ada").json().has("follow_status"))
                .as("not without a token")
                .isFalse();
    }

    @Test
    void aUsersListsShowOthersThePublicOnesAndTheOwnerAll() {
        assertThat(names(api.get("/api/users/ada/lists", stranger))).containsExactly("Noir");
        assertThat(names(api.get("/api/users/ada/lists", ada))).containsExactly("Secret", "Link only", "Noir");
    }

    private void seesEverything(String[] viewer, boolean owner) {
        Api.Response profile = get("/api/users/ada", viewer);
        assertThat(profile.status()).as(who(viewer) + " profile").isEqualTo(200);
        assertThat(profile.json().has("recent_diary"))
                .as(who(viewer) + " sees the diary strip")
                .isTrue();
        assertThat(profile.json().get("counts").has("films")).isTrue();
        for (String page : PAGES) {
            Api.Response response = get("/api/users/ada/" + page, viewer);
            assertThat(response.status()).as(who(viewer) + " " + page).isEqualTo(200);
        }
        assertThat(get("/api/users/ada/diary", viewer).json().size()).isEqualTo(2);
        assertThat(get("/api/users/ada/ratings", viewer).json().size()).isEqualTo(1);
        assertThat(get("/api/users/ada/lists", viewer).json().size()).isEqualTo(owner ? 3 : 1);
    }

    private void seesTheCardOnly(String[] viewer, String followStatus, String problem) {
        Api.Response profile = get("/api/users/ada", viewer);
        assertThat(profile.status()).as(who(viewer) + " profile").isEqualTo(200);
        JsonNode card = profile.json();
        List<String> fields = new ArrayList<>(card.propertyNames());
        List<String> expected = new ArrayList<>(List.of("handle", "display_name", "privacy", "counts"));
        if (viewer != null) {
            expected.addAll(List.of("follow_status", "blocked_by_me"));
            assertThat(card.get("follow_status").asString()).isEqualTo(followStatus);
        }
        assertThat(fields).as(who(viewer) + " sees the card only").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(new ArrayList<>(card.get("counts").propertyNames())).containsExactly("followers", "following");
        for (String page : PAGES) {
            Api.Response response = get("/api/users/ada/" + page, viewer);
            assertThat(response.status()).as(who(viewer) + " " + page).isEqualTo(403);
            assertThat(response.json().get("type").asString()).isEqualTo("urn:frameratr:problem:" + problem);
        }
    }

    private void seesNothing(String[] viewer) {
        for (String path : List.of("", "/diary", "/ratings", "/lists", "/followers", "/following")) {
            Api.Response response = get("/api/users/ada" + path, viewer);
            assertThat(response.status()).as(who(viewer) + " " + path).isEqualTo(404);
            assertThat(response.json().get("detail").asString()).isEqualTo("No user @ada");
        }
    }

    private Api.Response get(String path, String[] viewer) {
        return viewer == null ? api.get(path) : api.get(path, viewer);
    }

    private String who(String[] viewer) {
        return viewer == null ? "anonymous" : viewer == ada ? "owner" : viewer[1].substring(0, 20);
    }

    private static List<String> names(Api.Response response) {
        assertThat(response.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        response.json().forEach(list -> names.add(list.get("name").asString()));
        return names;
    }

    private String[] signIn(String uid) {
        String[] user = DevTokens.bearer(api, uid);
        assertThat(api.get("/api/me", user).json().get("handle").asString()).isEqualTo(uid);
        return user;
    }
}
