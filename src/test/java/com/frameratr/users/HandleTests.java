package com.frameratr.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every user has a public handle: derived on first sign-in, unique ignoring case, changeable. */
@IntegrationTest
class HandleTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        new Fixtures(jdbc).deleteAll();
    }

    @Test
    void derivedFromTheDisplayNameOnFirstSignIn() {
        var me = api.get("/api/me", DevTokens.bearer(api, "h-1", "h1@example.com", "Zoë O'Brien-Smith"));

        assertThat(me.json().get("handle").asString()).isEqualTo("zoe_o_brien_smith");
    }

    @Test
    void derivedFromTheEmailWithoutADisplayName() {
        var me = api.get("/api/me", DevTokens.bearer(api, "h-2", "film.fan@example.com", null));

        assertThat(me.json().get("handle").asString()).isEqualTo("film_fan");
    }

    @Test
    void aTakenHandleGetsANumber() {
        String first = handleOf(DevTokens.bearer(api, "h-3", null, "Ada"));
        String second = handleOf(DevTokens.bearer(api, "h-4", null, "ADA"));
        String third = handleOf(DevTokens.bearer(api, "h-5", null, "ada!"));

        assertThat(List.of(first, second, third)).containsExactly("ada", "ada2", "ada3");
    }

    @Test
    void shortAndLongNamesStayWithinThreeToThirty() {
        String shortName = handleOf(DevTokens.bearer(api, "h-6", null, "Al"));
        String longName = handleOf(DevTokens.bearer(api, "h-7", null, "x".repeat(60)));
        String symbols = handleOf(DevTokens.bearer(api, "h-8", null, "!!!"));

        assertThat(shortName).isEqualTo("al_user");
        assertThat(longName).isEqualTo("x".repeat(30));
        assertThat(symbols).isEqualTo("user");
    }

    @Test
    void concurrentFirstSignInsWithTheSameNameGetDistinctHandles() throws Exception {
        List<Callable<String>> signIns = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String[] token = DevTokens.bearer(api, "h-same-" + i, null, "Same Name");
            signIns.add(() -> handleOf(token));
        }

        List<String> handles = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(12)) {
            for (var result : pool.invokeAll(signIns)) {
                handles.add(result.get());
            }
        }

        assertThat(handles).doesNotHaveDuplicates().hasSize(12).contains("same_name");
    }

    @Test
    void changeableWithPatchAndStoredLowerCase() {
        String[] token = DevTokens.bearer(api, "h-9", null, "Grace");

        var patched = api.patch("/api/me", Json.object("handle", "Amazing_Grace"), token);

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("handle").asString()).isEqualTo("amazing_grace");
        assertThat(handleOf(token)).isEqualTo("amazing_grace");
    }

    @Test
    void aHandleTakenIgnoringCaseIs409() {
        handleOf(DevTokens.bearer(api, "h-10", null, "Taken"));
        String[] other = DevTokens.bearer(api, "h-11", null, "Other");

        var response = api.patch("/api/me", Json.object("handle", "TAKEN"), other);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:frameratr:problem:handle-taken");
        assertThat(handleOf(other)).isEqualTo("other");
    }

    @Test
    void keepingOnesOwnHandleIsNoConflict() {
        String[] token = DevTokens.bearer(api, "h-12", null, "Mine");

        assertThat(api.patch("/api/me", Json.object("handle", "mine"), token).status())
                .isEqualTo(200);
    }

    @Test
    void invalidHandlesAre400() {
        String[] token = DevTokens.bearer(api, "h-13", null, "Valid");

        for (String bad : List.of("ab", "x".repeat(31), "has space", "dash-es", "émile", "")) {
            var response = api.patch("/api/me", Json.object("handle", bad), token);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("handle");
        }
    }

    private String handleOf(String[] token) {
        var me = api.get("/api/me", token);
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        return me.json().get("handle").asString();
    }
}
