package com.frameratr.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The per-character rules decide exactly as the patterns of Spring Security's StrictHttpFirewall. */
class HeaderCharactersTests {

    // StrictHttpFirewall's own patterns (spring-security-web 7.0)
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsAllowedOrRefusedAsByTheFirewallsPatterns() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String value = "a" + Character.toString(codePoint) + "b";
            boolean name = HeaderCharacters.ASSIGNED_AND_NOT_CONTROL.test(value);
            assertThat(name)
                    .as("U+%04X in a name", codePoint)
                    .isEqualTo(NAMES.matcher(value).matches());
            assertThat(HeaderCharacters.HEADER_VALUE.test(value))
                    .as("U+%04X in a value", codePoint)
                    .isEqualTo(VALUES.matcher(value).matches());
        }
        // and both answers occur: a letter, a control character, an unassigned code point, a noncharacter
        assertThat(HeaderCharacters.ASSIGNED_AND_NOT_CONTROL.test("\u00e9")).isTrue();
        assertThat(HeaderCharacters.ASSIGNED_AND_NOT_CONTROL.test("\u0000")).isFalse();
        assertThat(HeaderCharacters.ASSIGNED_AND_NOT_CONTROL.test("\u0378")).isFalse();
        assertThat(HeaderCharacters.HEADER_VALUE.test("\uffff")).isFalse();
    }

    @Test
    void tabsAreForValuesAndLoneSurrogatesAndPairsAreJudgedAsThePatternsJudgeThem() {
        for (String value : new String[] {
            "",
            "Bearer eyJhbGciOi.x-y_z",
            "a\tb",
            "caf\u00e9",
            "\ud83c\udfac clapper",
            "\ud83c",
            "x\udfac",
            "\u0085",
            "\u007f"
        }) {
            assertThat(HeaderCharacters.ASSIGNED_AND_NOT_CONTROL.test(value))
                    .as(value)
                    .isEqualTo(NAMES.matcher(value).matches());
            assertThat(HeaderCharacters.HEADER_VALUE.test(value))
                    .as(value)
                    .isEqualTo(VALUES.matcher(value).matches());
        }
        assertThat(HeaderCharacters.HEADER_VALUE.test("a\tb")).isTrue();
        assertThat(HeaderCharacters.ASSIGNED_AND_NOT_CONTROL.test("a\tb")).isFalse();
    }
}
