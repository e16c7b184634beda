package com.frameratr.platform.web;

import java.util.function.Predicate;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The characters Spring Security's {@link StrictHttpFirewall} allows in header names and values and
 * in parameter names, decided per code point instead of by its regular expressions: every header a
 * request handler reads is checked again on each read, and matching {@code [\p{IsAssigned}&&
 * [^\p{IsControl}]]*} over a 900-character bearer token was about a tenth of the service's CPU on a
 * signed-in write (JFR, docs/performance.md). The rules are the firewall's own, character for
 * character ({@code HeaderCharactersTests} compares them over every code point).
 */
public final class HeaderCharacters {

    /** A header or parameter name: assigned code points that are not control characters. */
    public static final Predicate<String> ASSIGNED_AND_NOT_CONTROL = value -> allowed(value, false);

    /** A header value: the same, and horizontal tabs. */
    public static final Predicate<String> HEADER_VALUE = value -> allowed(value, true);

    private HeaderCharacters() {}

    /** The firewall with these rules in place of its patterns; everything else is its default. */
    public static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(ASSIGNED_AND_NOT_CONTROL);
        firewall.setAllowedHeaderValues(HEADER_VALUE);
        // parameter values keep the firewall's default (any value: their checks are the handlers')
        firewall.setAllowedParameterNames(ASSIGNED_AND_NOT_CONTROL);
        return firewall;
    }

    private static boolean allowed(String value, boolean tab) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // printable ASCII, nearly every character of real headers, is always allowed
            if (c >= 0x20 && c < 0x7f) {
                continue;
            }
            int codePoint = value.codePointAt(i);
            if (Character.isSupplementaryCodePoint(codePoint)) {
                i++;
            }
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tab && codePoint == '\t'))) {
                return false;
            }
        }
        return true;
    }
}
