// FrameRatr benchmark helper (single-file Java, JDK 25, no dependencies).
//
//   java bench/LoadGen.java tokens BASE_URL COUNT FILE
//       mints dev tokens (POST /api/dev/token) for users u000001..uCOUNT, one per line in FILE
//   java bench/LoadGen.java rate BASE_URL RATE_PER_S SECONDS WORKLOAD TOKENS_FILE MOVIES
//       open-loop load at a fixed arrival rate; WORKLOAD is mixed | search | detail | feed |
//       recommendations (a random token's user) | similar (a random one of the movies in the file
//       LOADGEN_IDS, else of movies 1..5,000)
//       (feed: GET /api/feed as the first token's user, u000001, who follows 1,000 users)
//
// Fixed-rate mode avoids coordinated omission: request i is due at start + i / rate whatever
// happened to the requests before it; it is sent on its own virtual thread at that time and its
// latency is measured from that intended time, not from when it actually left. A slow server (or a
// late scheduler) therefore shows up as latency instead of silently lowering the offered rate.
// The first LOADGEN_WARMUP_SECONDS (default 5) run at the same rate before the measured SECONDS and
// are not counted. Requests go over plain keep-alive sockets (class Sockets), not java.net.http.
// LOADGEN_SLOW_SECONDS=1 also prints each measured second whose slowest request took over 50 ms.
// Prints the same RESULT line as the wrk scripts, plus the achieved rate and the requests still
// unanswered at the end (counted as errors).
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

public class LoadGen {

    static final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    private static final String USAGE = """
            usage: java bench/LoadGen.java tokens BASE_URL COUNT FILE
                   java bench/LoadGen.java rate BASE_URL RATE_PER_S SECONDS mixed|search|detail|feed|recommendations|similar TOKENS_FILE MOVIES""";

    public static void main(String[] args) throws Exception {
        boolean known = args.length == 4 && args[0].equals("tokens") || args.length == 7 && args[0].equals("rate");
        if (!known) {
            System.err.println(USAGE);
            System.exit(2);
        }
        switch (args[0]) {
            case "tokens" -> tokens(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
            case "rate" ->
                rate(
                        args[1],
                        Double.parseDouble(args[2]),
                        Double.parseDouble(args[3]),
                        args[4],
                        Path.of(args[5]),
                        Integer.parseInt(args[6]));
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.exit(0);
    }

    static void tokens(String base, int count, Path file) throws Exception {
        String[] tokens = new String[count];
        AtomicInteger failures = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < count; i++) {
                int n = i;
                pool.submit(() -> {
                    String uid = "u%06d".formatted(n + 1);
                    var request = HttpRequest.newBuilder(URI.create(base + "/api/dev/token"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"uid\":\"%s\",\"email\":\"%s@example.com\",\"name\":\"Bench %s\"}"
                                            .formatted(uid, uid, uid)))
                            .build();
                    try {
                        String body = client.send(request, HttpResponse.BodyHandlers.ofString())
                                .body();
                        int start = body.indexOf("\"id_token\":\"") + 12;
                        tokens[n] = body.substring(start, body.indexOf('"', start));
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                });
            }
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " tokens could not be minted");
        }
        Files.write(file, Arrays.asList(tokens));
    }

    // the same weights as bench/wrk/mixed.lua (per 100 requests)
    static final String[] WORDS = {"ab", "dark", "the", "river", "night", "king", "star", "love", "city", "war"};

    /** One request of the fixed-rate mode, written to the socket as it is. */
    record Wire(String method, String path, String authorization, String json) {

        byte[] bytes(String host) {
            var head = new StringBuilder(256)
                    .append(method)
                    .append(' ')
                    .append(path)
                    .append(" HTTP/1.1\r\nHost: ")
                    .append(host)
                    .append("\r\n");
            if (authorization != null)
                head.append("Authorization: ").append(authorization).append("\r\n");
            byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            if (json != null) head.append("Content-Type: application/json\r\n");
            if (json != null || method.equals("POST"))
                head.append("Content-Length: ").append(body.length).append("\r\n");
            head.append("\r\n");
            byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
            byte[] all = Arrays.copyOf(start, start.length + body.length);
            System.arraycopy(body, 0, all, start.length, body.length);
            return all;
        }
    }

    static Wire mixed(List<String> tokens, int movies) {
        var r = ThreadLocalRandom.current();
        int p = 1 + r.nextInt(100);
        int movie = 1 + r.nextInt(movies);
        String token = "Bearer " + tokens.get(r.nextInt(tokens.size()));
        if (p <= 12) return get("/api/movies?page=" + (1 + r.nextInt(5)), null);
        if (p <= 22) return get("/api/movies?q=" + WORDS[r.nextInt(WORDS.length)], null);
        if (p <= 30) return get("/api/movies/1", null);
        if (p <= 55) return get("/api/movies/" + movie, null);
        if (p <= 65) return get("/api/movies/" + (r.nextBoolean() ? 1 : movie) + "/reviews", null);
        if (p <= 75) return get("/api/favorites/movies", token);
        if (p <= 80) return get("/api/me/ratings", token);
        if (p <= 85) return get("/api/tv?page=" + (1 + r.nextInt(3)), null);
        if (p <= 93) {
            return new Wire(
                    "POST",
                    "/api/ratings",
                    token,
                    "{\"movie_id\": %d, \"rating_val\": %.1f}".formatted(movie, (1 + r.nextInt(20)) / 2.0));
        }
        if (p <= 96) {
            return new Wire(
                    "POST",
                    "/api/reviews",
                    token,
                    "{\"movie_id\": %d, \"body\": \"Benchmark review %d: solid, if forgettable.\"}"
                            .formatted(movie, r.nextInt(1_000_000)));
        }
        if (p <= 98) return new Wire("POST", "/api/favorites/movies/" + movie, token, null);
        return new Wire("DELETE", "/api/favorites/movies/" + movie, token, null);
    }

    static Wire get(String path, String authorization) {
        return new Wire("GET", path, authorization, null);
    }

    /**
     * The fixed-rate mode's HTTP/1.1 client: keep-alive sockets, one exchange at a time on each, a new
     * socket whenever none is idle (an open-loop load needs as many as there are requests in flight).
     * java.net.http.HttpClient cost this 2-core box 2-3.5 ms of CPU per request (63 % of a core at 200
     * req/s next to the service it measures); reading a status line, the headers and a sized or chunked
     * body costs a few microseconds.
     */
    static final class Sockets {

        private final String host;
        private final int port;
        private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

        Sockets(URI base) {
            this.host = base.getHost();
            this.port = base.getPort() < 0 ? 80 : base.getPort();
        }

        String hostHeader() {
            return host + ":" + port;
        }

        /**
         * The response's status; the connection goes back to the idle ones unless the server closed it.
         * A kept-alive connection the server closed while it sat idle (Tomcat after its keep-alive
         * timeout) answers nothing: the request is sent again on a new connection, as HTTP clients
         * do, rather than counted as the service's error.
         */
        int exchange(byte[] request) throws IOException {
            Connection idleOne = idle.pollFirst();
            if (idleOne != null) {
                try {
                    return exchangeOn(idleOne, request);
                } catch (IOException e) {
                    if (idleOne.answered) {
                        throw e;
                    }
                }
            }
            return exchangeOn(new Connection(host, port), request);
        }

        private int exchangeOn(Connection c, byte[] request) throws IOException {
            try {
                int status = c.exchange(request);
                if (c.open) idle.addFirst(c);
                else c.socket.close();
                return status;
            } catch (IOException e) {
                c.socket.close();
                throw e;
            }
        }

        void closeAll() {
            for (Connection c; (c = idle.pollFirst()) != null; ) {
                try {
                    c.socket.close();
                } catch (IOException ignored) {
                    // closing at the end
                }
            }
        }
    }

    static final class Connection {

        final Socket socket;
        final BufferedInputStream in;
        final OutputStream out;
        boolean open = true;
        /** Whether any byte of the response to the current request has arrived. */
        boolean answered;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(10_000);
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
            out = socket.getOutputStream();
        }

        int exchange(byte[] request) throws IOException {
            answered = false;
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header; !(header = line()).isEmpty(); ) {
                String h = header.toLowerCase(Locale.ROOT);
                if (h.startsWith("content-length:"))
                    length = Long.parseLong(h.substring(15).trim());
                else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) chunked = true;
                else if (h.startsWith("connection:") && h.contains("close")) open = false;
            }
            if (chunked) {
                for (long size; (size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0; ) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                skip(length);
            } else {
                in.transferTo(OutputStream.nullOutputStream());
                open = false;
            }
            return status;
        }

        private String line() throws IOException {
            var b = new StringBuilder(64);
            for (int ch; (ch = in.read()) != '\n'; ) {
                if (ch < 0) throw new EOFException("connection closed by the server");
                answered = true;
                if (ch != '\r') b.append((char) ch);
            }
            return b.toString();
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long skipped = in.skip(n);
                if (skipped <= 0) {
                    if (in.read() < 0) throw new EOFException("body cut short");
                    skipped = 1;
                }
                n -= skipped;
            }
        }
    }

    static void rate(String base, double rate, double seconds, String workload, Path tokensFile, int movies)
            throws Exception {
        List<String> tokens = Files.exists(tokensFile) ? Files.readAllLines(tokensFile) : List.of();
        // similar: the movies of LOADGEN_IDS (one id per line), else movies 1..5,000
        String idsFile = System.getenv("LOADGEN_IDS");
        int[] ids = idsFile == null
                ? java.util.stream.IntStream.rangeClosed(1, Math.min(movies, 5_000))
                        .toArray()
                : Files.readAllLines(Path.of(idsFile)).stream()
                        .filter(line -> !line.isBlank())
                        .mapToInt(line -> Integer.parseInt(line.strip()))
                        .toArray();
        var sockets = new Sockets(URI.create(base));
        String host = sockets.hostHeader();
        // the first LOADGEN_WARMUP_SECONDS (5) at the same rate are sent but not counted: they measured
        // this client opening its sockets and compiling itself (every request over 50 ms of a 30 s run at
        // 200 req/s fell in its first three seconds)
        int warmup = (int)
                Math.round(rate * Double.parseDouble(System.getenv().getOrDefault("LOADGEN_WARMUP_SECONDS", "5")));
        int n = (int) Math.round(rate * seconds);
        long[] latency = new long[n];
        Arrays.fill(latency, -1);
        AtomicInteger errors = new AtomicInteger(), done = new AtomicInteger();
        var executor = Executors.newVirtualThreadPerTaskExecutor();
        long periodNanos = (long) (1e9 / rate);
        long start = System.nanoTime() + 50_000_000 + warmup * periodNanos;
        for (int i = -warmup; i < n; i++) {
            long due = start + i * periodNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            Wire request = switch (workload) {
                case "mixed" -> mixed(tokens, movies);
                case "search" -> get("/api/movies?q=ab", null);
                case "feed" -> get("/api/feed", "Bearer " + tokens.getFirst());
                case "recommendations" ->
                    get(
                            "/api/recommendations",
                            "Bearer " + tokens.get(ThreadLocalRandom.current().nextInt(tokens.size())));
                case "similar" ->
                    get("/api/movies/" + ids[ThreadLocalRandom.current().nextInt(ids.length)] + "/similar", null);
                case "detail" ->
                    get("/api/movies/" + (1 + ThreadLocalRandom.current().nextInt(movies)), null);
                default -> throw new IllegalArgumentException(workload);
            };
            int index = i;
            executor.submit(() -> {
                try {
                    int status = sockets.exchange(request.bytes(host));
                    if (index >= 0 && (status < 200 || status > 299) && errors.incrementAndGet() <= 3) {
                        System.err.println("non-2xx: " + status + " for " + request.path());
                    }
                } catch (Exception e) {
                    if (index >= 0 && errors.incrementAndGet() <= 3) {
                        System.err.println("request failed: " + e);
                    }
                }
                if (index >= 0) {
                    latency[index] = System.nanoTime() - due; // from the intended send time
                    done.incrementAndGet();
                }
            });
        }
        long sendEnd = System.nanoTime();
        executor.shutdown();
        executor.awaitTermination(15, TimeUnit.SECONDS);
        sockets.closeAll();
        double elapsed = (sendEnd - start) / 1e9;
        List<Long> measured = new ArrayList<>(n);
        for (long l : latency) {
            if (l >= 0) measured.add(l);
        }
        int unanswered = n - measured.size();
        long[] sorted = measured.stream().mapToLong(Long::longValue).sorted().toArray();
        if (System.getenv("LOADGEN_SLOW_SECONDS") != null) {
            slowSeconds(latency, rate);
        }
        System.out.printf(
                "RESULT requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d socket_errors=%d target_rps=%.0f%n",
                n,
                elapsed,
                n / elapsed,
                pct(sorted, 50),
                pct(sorted, 90),
                pct(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                errors.get() + unanswered,
                errors.get(),
                unanswered,
                rate);
    }

    /** LOADGEN_SLOW_SECONDS=1: each second whose slowest request took over 50 ms, to tell stalls from queueing. */
    static void slowSeconds(long[] latency, double rate) {
        int perSecond = (int) Math.max(1, Math.round(rate));
        for (int from = 0; from < latency.length; from += perSecond) {
            long worst = 0;
            int over = 0;
            for (int i = from; i < Math.min(latency.length, from + perSecond); i++) {
                worst = Math.max(worst, latency[i]);
                if (latency[i] > 50_000_000L) over++;
            }
            if (worst > 50_000_000L) {
                System.err.printf("second %d: slowest %.1f ms, %d over 50 ms%n", from / perSecond, worst / 1e6, over);
            }
        }
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
