// FrameRatr benchmark helper (single-file Java, JDK 25, no dependencies).
//
//   java bench/LoadGen.java tokens BASE_URL COUNT FILE
//       mints dev tokens (POST /api/dev/token) for users u000001..uCOUNT, one per line in FILE
//   java bench/LoadGen.java rate BASE_URL RATE_PER_S SECONDS WORKLOAD TOKENS_FILE MOVIES
//       open-loop load at a fixed arrival rate; WORKLOAD is mixed | search | detail | feed
//       (feed: GET /api/feed as the first token's user, u000001, who follows 1,000 users)
//
// Fixed-rate mode avoids coordinated omission: request i is due at start + i / rate whatever
// happened to the requests before it; it is sent on its own virtual thread at that time and its
// latency is measured from that intended time, not from when it actually left. A slow server (or a
// late scheduler) therefore shows up as latency instead of silently lowering the offered rate.
// Prints the same RESULT line as the wrk scripts, plus the achieved rate and the requests still
// unanswered at the end (counted as errors).
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
                   java bench/LoadGen.java rate BASE_URL RATE_PER_S SECONDS mixed|search|detail|feed TOKENS_FILE MOVIES""";

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

    static HttpRequest mixed(String base, List<String> tokens, int movies) {
        var r = ThreadLocalRandom.current();
        int p = 1 + r.nextInt(100);
        int movie = 1 + r.nextInt(movies);
        String token = "Bearer " + tokens.get(r.nextInt(tokens.size()));
        if (p <= 12) return get(base + "/api/movies?page=" + (1 + r.nextInt(5)), null);
        if (p <= 22) return get(base + "/api/movies?q=" + WORDS[r.nextInt(WORDS.length)], null);
        if (p <= 30) return get(base + "/api/movies/1", null);
        if (p <= 55) return get(base + "/api/movies/" + movie, null);
        if (p <= 65) return get(base + "/api/movies/" + (r.nextBoolean() ? 1 : movie) + "/reviews", null);
        if (p <= 75) return get(base + "/api/favorites/movies", token);
        if (p <= 80) return get(base + "/api/me/ratings", token);
        if (p <= 85) return get(base + "/api/tv?page=" + (1 + r.nextInt(3)), null);
        if (p <= 93) {
            return post(
                    base + "/api/ratings",
                    token,
                    "{\"movie_id\": %d, \"rating_val\": %.1f}".formatted(movie, (1 + r.nextInt(20)) / 2.0));
        }
        if (p <= 96) {
            return post(
                    base + "/api/reviews",
                    token,
                    "{\"movie_id\": %d, \"body\": \"Benchmark review %d: solid, if forgettable.\"}"
                            .formatted(movie, r.nextInt(1_000_000)));
        }
        if (p <= 98) return post(base + "/api/favorites/movies/" + movie, token, null);
        return HttpRequest.newBuilder(URI.create(base + "/api/favorites/movies/" + movie))
                .header("Authorization", token)
                .DELETE()
                .timeout(Duration.ofSeconds(10))
                .build();
    }

    static HttpRequest get(String url, String token) {
        var b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (token != null) b.header("Authorization", token);
        return b.GET().build();
    }

    static HttpRequest post(String url, String token, String json) {
        var b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", token);
        if (json != null) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.POST(HttpRequest.BodyPublishers.noBody());
        }
        return b.build();
    }

    static void rate(String base, double rate, double seconds, String workload, Path tokensFile, int movies)
            throws Exception {
        List<String> tokens = Files.exists(tokensFile) ? Files.readAllLines(tokensFile) : List.of();
        int n = (int) Math.round(rate * seconds);
        long[] latency = new long[n];
        Arrays.fill(latency, -1);
        AtomicInteger errors = new AtomicInteger(), done = new AtomicInteger();
        var executor = Executors.newVirtualThreadPerTaskExecutor();
        long periodNanos = (long) (1e9 / rate);
        long start = System.nanoTime() + 50_000_000;
        for (int i = 0; i < n; i++) {
            long due = start + i * periodNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest request = switch (workload) {
                case "mixed" -> mixed(base, tokens, movies);
                case "search" -> get(base + "/api/movies?q=ab", null);
                case "feed" -> get(base + "/api/feed", "Bearer " + tokens.getFirst());
                case "detail" ->
                    get(base + "/api/movies/" + (1 + ThreadLocalRandom.current().nextInt(movies)), null);
                default -> throw new IllegalArgumentException(workload);
            };
            int index = i;
            executor.submit(() -> {
                try {
                    int status = client.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                    if (status < 200 || status > 299) {
                        errors.incrementAndGet();
                    }
                } catch (Exception e) {
                    if (errors.incrementAndGet() <= 3) {
                        System.err.println("request failed: " + e);
                    }
                }
                latency[index] = System.nanoTime() - due; // from the intended send time
                done.incrementAndGet();
            });
        }
        long sendEnd = System.nanoTime();
        executor.shutdown();
        executor.awaitTermination(15, TimeUnit.SECONDS);
        double elapsed = (sendEnd - start) / 1e9;
        List<Long> measured = new ArrayList<>(n);
        for (long l : latency) {
            if (l >= 0) measured.add(l);
        }
        int unanswered = n - measured.size();
        long[] sorted = measured.stream().mapToLong(Long::longValue).sorted().toArray();
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

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
