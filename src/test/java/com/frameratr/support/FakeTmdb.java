package com.frameratr.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * TMDb over real HTTP on loopback, the one fake for the tests, the benchmark and the cluster
 * harness. It answers {@code /3/...} from TMDb-shaped JSON files ({@code src/test/resources/tmdb/},
 * shapes from TMDb's API reference; {@code /3/movie/155} from movie-155.json, page 2 from
 * movie-popular-p2.json, an id without a file from movie-_-credits.json), 404 in TMDb's shape
 * otherwise, checks the token as TMDb does (401 otherwise), counts the calls it answered
 * ({@code GET /_calls}) and lets its user script replies for a path or for every path.
 *
 * <ul>
 *   <li>Tests: {@link #start()}, one instance per JVM on a free port, files from the class path,
 *       every call recorded with its arrival time.
 *   <li>The benchmark: {@code java src/test/java/com/frameratr/support/FakeTmdb.java PORT TOKEN DIR
 *       [SEARCHABLE.tsv]} (bench/import.sh gives it the movies its export names).
 *   <li>The cluster harness compiles it with its {@code FakeUpstream}, which switches it between
 *       answering, slow, 429 and down.
 * </ul>
 *
 * <p>Only the JDK is used, so that the file runs on its own with the source launcher.
 */
public final class FakeTmdb {

    /** The v4 token the tests configure. */
    public static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.fake-v4-read-token-for-tests.c2VjcmV0";
    /** A v3 API key (32 hex digits), accepted as {@code api_key}. */
    public static final String V3_KEY = "0123456789abcdef0123456789abcdef";

    private static volatile FakeTmdb instance;

    private final InetSocketAddress address;
    private final String token;
    private final UnaryOperator<String> files;
    private final boolean recordCalls;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicLong answered = new AtomicLong();
    private final Map<String, Deque<Reply>> scripted = new ConcurrentHashMap<>();
    private final Map<String, Reply> always = new ConcurrentHashMap<>();
    private volatile Reply everyPath;
    private volatile int synthesizedFrom;
    private volatile int synthesizedTo = -1;
    private volatile HttpServer server;

    private final Map<Integer, SearchableMovie> searchable = new ConcurrentHashMap<>();

    /**
     * A movie {@code /search/movie} finds once any is registered ({@link #searchable}), and
     * {@code /movie/{id}} then describes (movie-155.json with these fields).
     */
    public record SearchableMovie(int id, String title, String originalTitle, String releaseDate, double popularity) {}

    /** One upstream call as the fake saw it. */
    public record Call(String path, Map<String, String> query, long nanoTime, boolean bearer) {}

    /**
     * A scripted reply: status, body, extra headers, and a delay before answering. A status of 0
     * means the normal answer for the path; a null body TMDb's error body for the status.
     */
    public record Reply(int status, String body, Map<String, String> headers, long delayMillis) {

        public static Reply status(int status) {
            return new Reply(status, null, Map.of(), 0);
        }

        public static Reply ok(String body) {
            return new Reply(200, body, Map.of(), 0);
        }

        public static Reply tooManyRequests(String retryAfter) {
            return new Reply(429, null, Map.of("Retry-After", retryAfter), 0);
        }

        /** The normal answer for the path, after a delay. */
        public static Reply delayed(long millis) {
            return new Reply(0, null, Map.of(), millis);
        }
    }

    private FakeTmdb(InetSocketAddress address, String token, UnaryOperator<String> files, boolean recordCalls) {
        this.address = address;
        this.token = token;
        this.files = files;
        this.recordCalls = recordCalls;
    }

    /** The tests' instance: shared by all test classes of the JVM, files from the class path. */
    public static synchronized FakeTmdb start() {
        FakeTmdb fake = instance;
        if (fake == null) {
            fake = new FakeTmdb(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), TOKEN, FakeTmdb::classPathFile, true);
            fake.listen();
            System.setProperty("fake-tmdb.base-url", fake.baseUrl());
            instance = fake;
        }
        return fake;
    }

    /** A tool's instance on 127.0.0.1:{@code port}, files from {@code directory}; calls are counted, not kept. */
    public static FakeTmdb serve(int port, String token, Path directory) {
        FakeTmdb fake = new FakeTmdb(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                token,
                name -> directoryFile(directory, name),
                false);
        fake.listen();
        return fake;
    }

    /** {@code java FakeTmdb.java PORT TOKEN DIR}: serves until killed. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: java FakeTmdb.java PORT TOKEN DIR [SEARCHABLE.tsv]");
            System.exit(2);
        }
        FakeTmdb fake = serve(Integer.parseInt(args[0]), args[1], Path.of(args[2]));
        if (args.length == 4) {
            // id, title, original title, release date, popularity: one searchable movie per line
            for (String line : Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                fake.searchable(
                        new SearchableMovie(Integer.parseInt(f[0]), f[1], f[2], f[3], Double.parseDouble(f[4])));
            }
        }
        System.out.println("fake TMDb on " + fake.baseUrl() + " (" + fake.searchable.size() + " searchable movies)");
    }

    public String baseUrl() {
        HttpServer current = server;
        int port = current == null ? address.getPort() : current.getAddress().getPort();
        return "http://127.0.0.1:" + port + "/3";
    }

    /** Forgets calls and scripted replies. */
    public void reset() {
        calls.clear();
        scripted.clear();
        always.clear();
        everyPath = null;
        searchable.clear();
    }

    /**
     * From now until {@link #reset()}, {@code /search/movie} searches these movies as TMDb does
     * (every word of {@code query} in the title or the original title, ignoring case and accents;
     * {@code year}: released that year), most popular first, instead of answering search-movie.json.
     */
    public void searchable(SearchableMovie... movies) {
        for (SearchableMovie movie : movies) {
            searchable.put(movie.id(), movie);
        }
    }

    /** The next calls of {@code path} (e.g. {@code /movie/155}) get these replies, in order; then the files again. */
    public void script(String path, Reply... replies) {
        scripted.put(path, new ArrayDeque<>(Arrays.asList(replies)));
    }

    /** Every call of {@code path} gets this reply until {@link #reset()}. */
    public void always(String path, Reply reply) {
        always.put(path, reply);
    }

    /** Every call of every path gets this reply (null: the files again), ahead of any script. */
    public void everyPath(Reply reply) {
        everyPath = reply;
    }

    /**
     * {@code /movie/{id}} for ids in {@code from..to} without a file of their own answers
     * movie-155.json with that id and the title "Generated Movie {id}": a catalog of any size.
     */
    public void synthesizeMovies(int from, int to) {
        synthesizedFrom = from;
        synthesizedTo = to;
    }

    /** Stops listening: a client then meets a refused connection, as when TMDb is unreachable. */
    public synchronized void stop() {
        HttpServer current = server;
        if (current != null) {
            current.stop(0);
            server = null;
        }
    }

    /** Listens again on the same port, if stopped. */
    public synchronized void listen() {
        if (server != null) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                HttpServer created = HttpServer.create(address, 200);
                created.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
                created.createContext("/3/", this::handle);
                created.createContext("/_calls", exchange -> {
                    try (exchange) {
                        send(exchange, 200, Long.toString(answered.get()), Map.of());
                    }
                });
                created.start();
                server = created;
                return;
            } catch (BindException lingering) {
                if (attempt == 50) { // the port may linger for a moment after stop()
                    throw new UncheckedIOException(lingering);
                }
                pause(100);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String path) {
        return calls.stream().filter(call -> call.path().equals(path)).toList();
    }

    /** Calls answered since the start, recorded or not. */
    public long callCount() {
        return answered.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        try (exchange) {
            answered.incrementAndGet();
            String path = exchange.getRequestURI().getPath().replaceFirst("^/3", "");
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            boolean bearer =
                    ("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            if (recordCalls) {
                calls.add(new Call(path, query, arrived, bearer));
            }
            if (!bearer && !V3_KEY.equals(query.get("api_key"))) {
                sendError(exchange, 401, Map.of());
                return;
            }
            Reply reply = nextScripted(path);
            if (reply != null) {
                pause(reply.delayMillis());
                if (reply.status() != 0) {
                    String body = reply.body();
                    if (body == null) {
                        sendError(exchange, reply.status(), reply.headers());
                    } else {
                        send(exchange, reply.status(), body, reply.headers());
                    }
                    return;
                }
            }
            String body = !searchable.isEmpty() && path.equals("/search/movie")
                    ? search(query)
                    : answer(path, query.getOrDefault("page", "1"));
            if (body == null) {
                sendError(exchange, 404, Map.of());
            } else {
                send(exchange, 200, body, Map.of());
            }
        } catch (IOException ignored) {
            // the client gave up (a timeout): nothing to answer
        }
    }

    private Reply nextScripted(String path) {
        Reply forAll = everyPath;
        if (forAll != null) {
            return forAll;
        }
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

    private String answer(String path, String page) {
        List<String> segments = new ArrayList<>(Arrays.asList(path.substring(1).split("/")));
        if (segments.getFirst().equals("trending") && segments.size() == 3) {
            segments.removeLast(); // the same file for day and week
        }
        String name = String.join("-", segments);
        for (String candidate : List.of(name + "-p" + page, name)) {
            String body = files.apply(candidate + ".json");
            if (body != null) {
                return body;
            }
        }
        if (segments.size() == 2
                && segments.getFirst().equals("movie")
                && segments.get(1).matches("\\d{1,9}")) {
            return synthesizedMovie(Integer.parseInt(segments.get(1)));
        }
        String generic = segments.stream().map(s -> s.matches("\\d+") ? "_" : s).collect(Collectors.joining("-"));
        return generic.equals(name) ? null : files.apply(generic + ".json");
    }

    private String search(Map<String, String> query) {
        List<String> words = Arrays.stream(fold(query.getOrDefault("query", "")).split("\\s+"))
                .filter(word -> !word.isEmpty())
                .toList();
        String year = query.get("year");
        List<SearchableMovie> found = searchable.values().stream()
                .filter(movie -> words.stream()
                        .allMatch(word -> fold(movie.title()).contains(word)
                                || fold(movie.originalTitle()).contains(word)))
                .filter(movie -> year == null || movie.releaseDate().startsWith(year + "-"))
                .sorted(java.util.Comparator.comparingDouble(SearchableMovie::popularity)
                        .reversed()
                        .thenComparingInt(SearchableMovie::id))
                .limit(20)
                .toList();
        String results = found.stream()
                .map(movie -> "{\"adult\": false, \"backdrop_path\": \"/b" + movie.id() + ".jpg\", \"genre_ids\": [18],"
                        + " \"id\": " + movie.id() + ", \"original_language\": \"en\", \"original_title\": "
                        + jsonString(movie.originalTitle()) + ", \"overview\": \"\", \"popularity\": "
                        + movie.popularity()
                        + ", \"poster_path\": \"/p" + movie.id() + ".jpg\", \"release_date\": \"" + movie.releaseDate()
                        + "\", \"title\": " + jsonString(movie.title())
                        + ", \"video\": false, \"vote_average\": 7.1, \"vote_count\": 1200}")
                .collect(Collectors.joining(", "));
        return "{\"page\": 1, \"results\": [" + results + "], \"total_pages\": " + (found.isEmpty() ? 0 : 1)
                + ", \"total_results\": " + found.size() + "}";
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private String synthesizedMovie(int id) {
        SearchableMovie movie = searchable.get(id);
        if (movie != null) {
            return files.apply("movie-155.json")
                    .replaceFirst("\"id\":\\s*155,", "\"id\": " + id + ",")
                    .replaceFirst(
                            "\"original_title\":\\s*\"[^\"]*\"",
                            "\"original_title\": "
                                    + java.util.regex.Matcher.quoteReplacement(jsonString(movie.originalTitle())))
                    .replaceFirst(
                            "\"title\":\\s*\"The Dark Knight\"",
                            "\"title\": " + java.util.regex.Matcher.quoteReplacement(jsonString(movie.title())))
                    .replaceFirst(
                            "\"release_date\":\\s*\"[^\"]*\"", "\"release_date\": \"" + movie.releaseDate() + "\"");
        }
        String template = id >= synthesizedFrom && id <= synthesizedTo ? files.apply("movie-155.json") : null;
        return template == null
                ? null
                : template.replaceFirst("\"id\":\\s*155,", "\"id\": " + id + ",")
                        .replace("The Dark Knight", "Generated Movie " + id);
    }

    private void sendError(HttpExchange exchange, int status, Map<String, String> headers) throws IOException {
        String body = files.apply("error-" + status + ".json");
        send(exchange, status, body == null ? "{}" : body, headers);
    }

    private static String classPathFile(String name) {
        try (InputStream in = FakeTmdb.class.getResourceAsStream("/tmdb/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String directoryFile(Path directory, String name) {
        Path file = directory.resolve(String.valueOf(name));
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : null;
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
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
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

    private static void pause(long millis) {
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
