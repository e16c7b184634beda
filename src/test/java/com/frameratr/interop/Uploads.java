package com.frameratr.interop;

import com.frameratr.support.Api;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.JsonNode;

/** Builds import uploads (multipart bodies, ZIPs) and waits for jobs, for the import tests. */
public final class Uploads {

    private static final String BOUNDARY = "----frameratr-test-boundary-7MA4YWxkTrZu0gW";

    private Uploads() {}

    /** POST /api/imports with the source and the file. */
    public static Api.Response upload(Api api, String[] bearer, String source, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\n" + source + "\r\n");
        write(
                body,
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + BOUNDARY + "--\r\n");
        return api.send(api.request("/api/imports", bearer)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /** A ZIP of the given entries (name to UTF-8 text), in order. */
    static byte[] zip(Map<String, String> entries) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        entries.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return zipBytes(bytes);
    }

    static byte[] zipBytes(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /** The job once it has left {@code from} (matching, committing), within 30 s. */
    static JsonNode awaitLeaving(Api api, String[] bearer, long id, String from) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            Api.Response response = api.get("/api/imports/" + id, bearer);
            if (response.status() != 200) {
                throw new AssertionError("GET /api/imports/" + id + ": " + response);
            }
            JsonNode job = response.json();
            if (!job.path("status").asString().equals(from)) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("import " + id + " still " + from + ": " + job);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new AssertionError(ex);
            }
        }
    }

    /** Each row of the job as one line: number, origin, fact, title, status, TMDb id, rule. */
    static java.util.List<String> rowSummaries(Api api, String[] user, long id) {
        java.util.List<String> rows = new java.util.ArrayList<>();
        for (JsonNode row :
                api.get("/api/imports/" + id + "/rows?limit=100", user).json()) {
            String tmdbId = row.path("tv_id").isNull()
                    ? row.path("movie_id").asString("-")
                    : "tv " + row.path("tv_id").asInt();
            rows.add(row.path("row").asInt() + " " + row.path("file").asString() + ":"
                    + row.path("line").asInt() + " "
                    + row.path("fact").asString() + " " + row.path("name").asString("-") + " "
                    + row.path("year").asString("-") + " -> "
                    + row.path("status").asString() + " "
                    + tmdbId + " " + row.path("rule").asString("-")
                    + (row.path("duplicate_of").isNull()
                            ? ""
                            : " of " + row.path("duplicate_of").asInt()));
        }
        return rows;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
