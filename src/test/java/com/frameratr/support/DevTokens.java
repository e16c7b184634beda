package com.frameratr.support;

/** Tokens from the service's own local dev issuer ({@code POST /api/dev/token}), as headers for {@link Api}. */
public final class DevTokens {

    private DevTokens() {}

    public static String[] bearer(Api api, String uid) {
        var response = api.post(
                "/api/dev/token",
                "{\"uid\": \"" + uid + "\", \"email\": \"" + uid + "@example.com\", \"name\": \"" + uid + "\"}");
        if (response.status() != 200) {
            throw new IllegalStateException("dev token: " + response);
        }
        return new String[] {
            "Authorization", "Bearer " + response.json().get("id_token").asString()
        };
    }
}
