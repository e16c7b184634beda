package com.frameratr.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Json;
import com.frameratr.support.People;
import com.frameratr.support.People.Person;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Likes of lists, and lists hidden by their owner's privacy and blocks. */
@IntegrationTest
class ListReactionsApiTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    People people;
    Person ada;
    Person grace;

    @BeforeEach
    void seed() {
        new Fixtures(jdbc).deleteAll();
        people = new People(api);
        ada = people.signIn("lr-ada");
        grace = people.signIn("lr-grace");
    }

    @Test
    void aLikeIsIdempotentAndShownOnTheListsPage() {
        long list = list(ada, "Open", "public");

        for (int i = 0; i < 2; i++) {
            Response liked = api.put("/api/lists/" + list + "/like", "", grace.token());
            assertThat(liked.status()).isEqualTo(200);
            assertThat(liked.body()).isEqualTo("{\"ok\":true}");
        }

        JsonNode page = api.get("/api/lists/" + list, grace.token()).json();
        assertThat(page.get("like_count").asInt()).isEqualTo(1);
        assertThat(page.get("liked_by_me").asBoolean()).isTrue();
        assertThat(api.get("/api/lists/" + list).json().get("liked_by_me").asBoolean())
                .isFalse();
        assertThat(api.get("/api/lists", grace.token())
                        .json()
                        .get(0)
                        .get("liked_by_me")
                        .asBoolean())
                .isTrue();
        for (int i = 0; i < 2; i++) {
            assertThat(api.delete("/api/lists/" + list + "/like", grace.token()).body())
                    .isEqualTo("{\"ok\":true}");
        }
        assertThat(api.get("/api/lists/" + list).json().get("like_count").asInt())
                .isZero();
    }

    @Test
    void unlistedListsTakeLikesPrivateOnesAreA404ToOthers() {
        long unlisted = list(ada, "By link", "unlisted");
        long closed = list(ada, "Mine", "private");

        assertThat(api.put("/api/lists/" + unlisted + "/like", "", grace.token())
                        .status())
                .isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            assertThat(api.put("/api/lists/" + closed + "/like", "", grace.token())
                            .status())
                    .isEqualTo(404);
            assertThat(api.delete("/api/lists/" + closed + "/like", grace.token())
                            .status())
                    .isEqualTo(404);
        }
        assertThat(api.put("/api/lists/999999999/like", "", grace.token()).status())
                .isEqualTo(404);
    }

    @Test
    void aPrivateProfilesPublicListsAreForItsFollowersItsUnlistedOnesForAnyoneWithTheLink() {
        Person follower = people.signIn("lr-follower");
        Person requested = people.signIn("lr-requested");
        long open = list(ada, "Open", "public");
        long unlisted = list(ada, "By link", "unlisted");
        people.makePrivate(ada);
        people.follow(follower, ada);
        people.requestFollow(requested, ada);

        for (String[] viewer : List.of(grace.token(), requested.token(), new String[0])) {
            assertThat(api.get("/api/lists/" + open, viewer).status()).isEqualTo(404);
            assertThat(api.get("/api/lists/" + open + "/entries", viewer).status())
                    .isEqualTo(404);
            assertThat(api.get("/api/lists/" + unlisted, viewer).status()).isEqualTo(200);
            assertThat(ids(api.get("/api/lists", viewer))).isEmpty();
        }
        assertThat(api.put("/api/lists/" + open + "/like", "", grace.token()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/lists/" + open, follower.token()).status()).isEqualTo(200);
        assertThat(ids(api.get("/api/lists", follower.token()))).containsExactly(open);
        assertThat(ids(api.get("/api/lists", ada.token()))).containsExactly(open);
        assertThat(api.get("/api/lists", grace.token()).header("X-Total-Count")).isEqualTo("0");
    }

    @Test
    void aBlockEitherWayHidesEveryListOfTheOther() {
        Person blocked = people.signIn("lr-blocked");
        Person blocker = people.signIn("lr-blocker");
        long open = list(ada, "Open", "public");
        long unlisted = list(ada, "By link", "unlisted");
        people.block(ada, blocked);
        people.block(blocker, ada);

        for (Person viewer : List.of(blocked, blocker)) {
            assertThat(api.get("/api/lists/" + open, viewer.token()).status()).isEqualTo(404);
            assertThat(api.get("/api/lists/" + unlisted, viewer.token()).status())
                    .isEqualTo(404);
            assertThat(api.put("/api/lists/" + unlisted + "/like", "", viewer.token())
                            .status())
                    .isEqualTo(404);
            assertThat(ids(api.get("/api/lists", viewer.token()))).isEmpty();
        }
        assertThat(ids(api.get("/api/lists", grace.token()))).containsExactly(open);
    }

    private long list(Person owner, String name, String visibility) {
        return api.post("/api/lists", Json.object("name", name, "visibility", visibility), owner.token())
                .json()
                .get("id")
                .asLong();
    }

    private static List<Long> ids(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.json().forEach(list -> ids.add(list.get("id").asLong()));
        return ids;
    }
}
