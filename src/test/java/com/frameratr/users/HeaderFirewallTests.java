package com.frameratr.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The firewall's header rules (platform.web.HeaderCharacters) over the wire: raw bytes, since an
 * HTTP client refuses to send a control character. Tomcat reads header bytes as ISO-8859-1, so
 * 0x85 arrives as U+0085, a control character, and 0xE9 as U+00E9, a letter.
 */
@IntegrationTest
class HeaderFirewallTests {

    @Autowired
    Api api;

    @Test
    void aControlCharacterInTheAuthorizationHeaderIsRefusedBeforeTheTokenIsRead() throws IOException {
        assertThat(statusOf("Bearer abc\u0085def")).isEqualTo(400);
    }

    @Test
    void aLetterOutsideAsciiPassesTheFirewallAndTheTokenIsThenRefusedAsMalformed() throws IOException {
        assertThat(statusOf("Bearer abc\u00e9def")).isEqualTo(401);
    }

    @Test
    void aParameterValueIsTheHandlersToJudgeAsWithTheFirewallsDefault() {
        // the default firewall allows any parameter value; a control character in one is the 400 of
        // the parameter's own check, never a rejection of the whole request
        Api.Response response = api.get("/api/movies?cursor=%00");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("cursor");
    }

    private int statusOf(String authorization) throws IOException {
        URI uri = api.uri("/api/me");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + authorization
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            String statusLine = response.toString(StandardCharsets.ISO_8859_1)
                    .lines()
                    .findFirst()
                    .orElseThrow();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
