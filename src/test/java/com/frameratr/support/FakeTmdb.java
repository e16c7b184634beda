package com.frameratr.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * TMDb over real HTTP on loopback: answers {@code /3/...} from the JSON files under
 * {@code src/test/resources/tmdb/} (shapes from TMDb's API reference), checks the token as TMDb
 * does (401 otherwise), records every call with its arrival time, and lets a test script replies
 * for a path (errors, delays, Retry-After). One instance per JVM, shared by all test classes.
 */
public final class FakeTmdb {

    /** The v4 token the tests configure. */
    public static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.fake-v4-read-token-for-tests.c2VjcmV0";
    /** A v3 API key (32 hex digits), accepted as {@code api_key}. */
    public static final String V3_KEY = "0123456789abcdef0123456789abcdef";

    private static volatile FakeTmdb instance;

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Reply>> scripted = new ConcurrentHashMap<>();
    private final Map<String, Reply> always = new ConcurrentHashMap<>();

    /** One upstream call as the fake saw it. */
    public record Call(String path, Map<String, String> query, long nanoTime, boolean bearer) {}

    /** A scripted reply: status, body, extra headers, and a delay before answering. */
    public record Reply(int status, String body, Map<String, String> headers, long delayMillis) {

        public static Reply status(int status) {
            return new Reply(status, resource("error-" + status + ".json", "{}"), Map.of(), 0);
        }

        public static Reply ok(String body) {
            return new Reply(200, body, Map.of(), 0);
        }

        public static Reply tooManyRequests(String retryAfter) {
            return new Reply(429, resource("error-429.json", "{}"), Map.of("Retry-After", retryAfter), 0);
        }

        /** The normal answer for the path, after a delay. */
        public static Reply delayed(long millis) {
            return new Reply(0, "", Map.of(), millis);
        }
    }

    private FakeTmdb() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public static synchronized FakeTmdb start() {
        if (instance == null) {
            try {
                instance = new FakeTmdb();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            System.setProperty("fake-tmdb.base-url", instance.baseUrl());
        }
        return instance;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/3";
    }

    /** Forgets calls and scripted replies. */
    public void reset() {
        calls.clear();
        scripted.clear();
        always.clear();
    }

    /** The next calls of {@code path} (e.g. {@code /movie/155}) get these replies, in order; then the files again. */
    public void script(String path, Reply... replies) {
        scripted.put(path, new ArrayDeque<>(Arrays.asList(replies)));
    }

    /** Every call of {@code path} gets this reply until {@link #reset()}. */
    public void always(String path, Reply reply) {
        always.put(path, reply);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String path) {
        return calls.stream().filter(call -> call.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        try (exchange) {
            String path = exchange.getRequestURI().getPath().replaceFirst("^/3", "");
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            boolean bearer = ("Bearer " + TOKEN).equals(authorization);
            calls.add(new Call(path, query, arrived, bearer));
            if (!bearer && !V3_KEY.equals(query.get("api_key"))) {
                send(exchange, 401, resource("error-401.json", "{}"), Map.of());
                return;
            }
            Reply reply = nextScripted(path);
            if (reply != null) {
                sleep(reply.delayMillis());
                if (reply.status() != 0) {
                    send(exchange, reply.status(), reply.body(), reply.headers());
                    return;
                }
            }
            String body = fileFor(path, query.getOrDefault("page", "1"));
            if (body == null) {
                send(exchange, 404, resource("error-404.json", "{}"), Map.of());
            } else {
                send(exchange, 200, body, Map.of());
            }
        } catch (IOException ignored) {
            // the client gave up (a timeout test): nothing to answer
        }
    }

    private Reply nextScripted(String path) {
        Deque<Reply> replies = scripted.get(path);
        if (replies != null) {
            synchronized (replies) {
                Reply reply = replies.poll();
                if (reply != null) {
                    return reply;
                }
            }
        }
        return always.get(path);
    }

    private static String fileFor(String path, String page) {
        List<String> segments = new ArrayList<>(Arrays.asList(path.substring(1).split("/")));
        if (segments.getFirst().equals("trending") && segments.size() == 3) {
            segments.removeLast(); // the same file for day and week
        }
        String name = String.join("-", segments);
        String generic = segments.stream().map(s -> s.matches("\\d+") ? "_" : s).collect(Collectors.joining("-"));
        for (String candidate : List.of(name + "-p" + page, name, generic)) {
            String body = resource(candidate + ".json", null);
            if (body != null) {
                return body;
            }
        }
        return null;
    }

    static String resource(String name, String fallback) {
        try (InputStream in = FakeTmdb.class.getResourceAsStream("/tmdb/" + name)) {
            return in == null ? fallback : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Map<String, String> query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(raw.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : "", (a, b) -> b));
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
