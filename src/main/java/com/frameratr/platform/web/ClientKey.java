package com.frameratr.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a request is from, for per-client limits: the signed-in user, else the client's address (as
 * the load balancer saw it, see {@link TrustedProxies}). The users feature names the user once the
 * token is verified; every other feature reads the key from here.
 */
public final class ClientKey {

    private static final String ATTRIBUTE = ClientKey.class.getName();

    private ClientKey() {}

    public static String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String key ? key : "ip:" + request.getRemoteAddr();
    }

    public static boolean signedIn(HttpServletRequest request) {
        return of(request).startsWith("user:");
    }

    public static void signedInAs(HttpServletRequest request, String uid) {
        request.setAttribute(ATTRIBUTE, "user:" + uid);
    }
}
