package com.frameratr.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.IntegrationTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * An upload that trickles in: it holds the instance's one upload slot (a second upload meanwhile is
 * a 503 with Retry-After, not a second 20 MB in the heap) until its deadline, then is a 408.
 */
@IntegrationTest
@TestPropertySource(properties = "frameratr.imports.upload-timeout=2s")
class SlowUploadTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void aTricklingUploadHoldsTheSlotUntilItsDeadlineThenIs408() throws Exception {
        String[] slow = DevTokens.bearer(api, "slow-uploader");
        String[] other = DevTokens.bearer(api, "other-uploader");
        String boundary = "slow-boundary";
        String start = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\nletterboxd\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"diary.csv\"\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/imports HTTP/1.1\r\nHost: localhost\r\n" + slow[0] + ": " + slow[1]
                            + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                            + "\r\nContent-Length: 100000\r\n\r\n" + start)
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(500);

            Response busy = Uploads.upload(api, other, "letterboxd", "diary.csv", "x".getBytes(StandardCharsets.UTF_8));
            assertThat(busy.status()).as(busy.toString()).isEqualTo(503);
            assertThat(busy.json().path("type").asString()).isEqualTo("urn:frameratr:problem:imports-busy");
            assertThat(busy.header("Retry-After")).isEqualTo("5");

            // a byte now and then, never the whole body
            long until = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < until) {
                try {
                    out.write('D');
                    out.flush();
                } catch (java.io.IOException closed) {
                    break;
                }
                Thread.sleep(200);
            }
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(answer).isEqualTo("HTTP/1.1 408");
        }
        // the slot is free again: the other user's upload is read (and refused for what it is)
        Response after = Uploads.upload(api, other, "letterboxd", "notes.txt", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(after.status()).isEqualTo(400);
    }
}
