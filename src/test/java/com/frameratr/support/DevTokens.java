package com.frameratr.support;

import org.jspecify.annotations.Nullable;

/** Tokens from the service's own local dev issuer ({@code POST /api/dev/token}), as headers for {@link Api}. */
public final class DevTokens {

    private DevTokens() {}

    /** A token for {@code uid} with e-mail {@code <uid>@example.com} and name {@code uid}. */
    public static String[] bearer(Api api, String uid) {
        return bearer(api, uid, uid + "@example.com", uid);
    }

    public static String[] bearer(Api api, String uid, @Nullable String email, @Nullable String name) {
        var response = api.post("/api/dev/token", Json.object("uid", uid, "email", email, "name", name));
        if (response.status() != 200) {
            throw new IllegalStateException("dev token: " + response);
        }
        return new String[] {
            "Authorization", "Bearer " + response.json().get("id_token").asString()
        };
    }
}
