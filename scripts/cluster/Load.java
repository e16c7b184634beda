import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver and checker of one scenario of the cluster harness (run by run.sh, which exports the
 * CLUSTER_* variables). Users each run one request at a time (so each user's writes are ordered),
 * every request and its answer is recorded, faults are injected on a schedule through ctl.sh, and
 * at the end the database is checked against the acknowledged writes. Exit 0 = no violation.
 */
public final class Load {

    // ---------------------------------------------------------------- configuration
    static final String LB = env("CLUSTER_LB", "http://127.0.0.1:18410");
    static final int[] INSTANCE_PORTS = java.util.Arrays.stream(env("CLUSTER_INSTANCE_PORTS", "18411,18412,18413")
                    .split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    static final String JDBC = env("CLUSTER_JDBC", "jdbc:postgresql://127.0.0.1:18400/postgres?user=postgres");
    static final String CTL = env("CLUSTER_CTL", "scripts/cluster/ctl.sh");
    static final int USERS = Integer.parseInt(env("CLUSTER_USERS", "50"));
    static final boolean NO_RESTART = env("CLUSTER_NO_RESTART", "0").equals("1");
    static final boolean CORRUPT_STATS = env("CLUSTER_CORRUPT_STATS", "0").equals("1");
    static final int HOT_TITLE = 100_001;
    static final int MAX_OPS_PER_USER = 5_000;

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    // ---------------------------------------------------------------- records
    enum Outcome {
        OK,
        REJECTED,
        UNKNOWN
    }

    /** One request as the client saw it. key/effect describe the write (null for reads). */
    record Op(
            String uid,
            int seq,
            String action,
            String method,
            String path,
            String key,
            String effect,
            long start,
            long end,
            int status,
            String contentType,
            String body) {
        long millis() {
            return end - start;
        }

        boolean write() {
            return key != null;
        }

        Outcome outcome() {
            if (status >= 200 && status < 300) {
                return Outcome.OK;
            }
            // a review deleted by id answers 404 when a retried DELETE finds it already gone
            if (status == 404 && action.equals("review-delete")) {
                return Outcome.UNKNOWN;
            }
            if (status >= 400 && status < 500) {
                return Outcome.REJECTED;
            }
            // the service promises that a write whose title could not be imported wrote nothing
            if (status == 503 && body.contains("cannot be reached to import")) {
                return Outcome.REJECTED;
            }
            return Outcome.UNKNOWN; // 5xx, timeout, connection error: it may or may not have happened
        }
    }

    record Event(long at, String what) {}

    record Poll(int instance, String kind, long at, int status, long millis) {}

    static final List<Op> ops = Collections.synchronizedList(new ArrayList<>());
    static final List<Event> events = Collections.synchronizedList(new ArrayList<>());
    static final List<Poll> polls = Collections.synchronizedList(new ArrayList<>());
    /** instance index (1-based) -> expected down since (ms) */
    static final Map<Integer, Long> down = new ConcurrentHashMap<>();
    /** windows [from, to] when an instance was intentionally down */
    static final List<long[]> downWindows = Collections.synchronizedList(new ArrayList<>());

    static final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    static long t0;
    static volatile boolean stop;
    static final AtomicInteger freshIds = new AtomicInteger();

    // ---------------------------------------------------------------- main
    public static void main(String[] args) throws Exception {
        String scenario = args[0];
        int seconds = Integer.parseInt(env(
                "CLUSTER_SECONDS",
                switch (scenario) {
                    case "steady" -> "20";
                    case "hot-row" -> "15";
                    case "tmdb" -> "34";
                    default -> "25";
                }));
        String prefix = scenario + "-" + Long.toString(System.currentTimeMillis() % 1_000_000, 36) + "-u";
        RSAKey key = RSAKey.parse(Files.readString(Path.of(env("CLUSTER_KEY", "signing-key.json"))));
        List<String> uids = new ArrayList<>();
        Map<String, String> tokens = new HashMap<>();
        for (int i = 0; i < USERS; i++) {
            String uid = prefix + i;
            uids.add(uid);
            tokens.put(uid, token(key, uid));
        }

        // the catalog: the load's titles are imported the way clients import them, by a first write
        // (a favorite added and removed by a setup user; idempotent, so every scenario may repeat it)
        t0 = System.currentTimeMillis();
        String setup = token(key, "setup-harness");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            titles.add("movies/" + (i < 40 ? 100_001 + i : List.of(155, 550, 603, 680, 27205).get(i - 40)));
        }
        titles.add("tv/1396");
        for (String t : titles) {
            for (String method : List.of("POST", "DELETE")) {
                Op op = call("setup-harness", 0, "setup", method, "/api/favorites/" + t, null, setup, null, null);
                if (op.status() != 200) {
                    System.out.println("setup failed: " + method + " /api/favorites/" + t + " -> " + op.status() + " "
                            + op.body());
                    System.exit(3);
                }
            }
        }
        // warm the TMDb cache (the shared table) with every key the load reads, and create the users
        for (String path : warmPaths()) {
            Op op = call("-", 0, "warm", "GET", path, null, null, null, null);
            if (op.status() != 200) {
                System.out.println("warm-up failed: " + path + " -> " + op.status());
                System.exit(3);
            }
        }
        for (String uid : uids) {
            call(uid, 0, "me", "GET", "/api/me", null, tokens.get(uid), null, null);
        }
        ops.clear();

        t0 = System.currentTimeMillis();
        long deadline = t0 + seconds * 1000L;
        Thread poller = Thread.ofPlatform().daemon().start(Load::poll);
        List<Thread> users = new ArrayList<>();
        for (String uid : uids) {
            users.add(Thread.ofVirtual().start(() -> user(scenario, uid, tokens.get(uid))));
        }
        long faultsDone = faults(scenario);
        long end = Math.min(Math.max(deadline, faultsDone + 5_000), t0 + 240_000);
        sleepUntil(end);
        stop = true;
        for (Thread t : users) {
            t.join(Duration.ofSeconds(45));
        }
        poller.join(Duration.ofSeconds(5));
        long loadMillis = System.currentTimeMillis() - t0;
        boolean ok = check(scenario, prefix, loadMillis);
        System.exit(ok ? 0 : 1);
    }

    static List<String> warmPaths() {
        List<String> paths = new ArrayList<>(List.of(
                "/api/tmdb/trending/movies",
                "/api/tmdb/popular/movies",
                "/api/tmdb/genres/movies",
                "/api/tmdb/search/movies?q=dark%20knight"));
        for (int id : List.of(155, 550, 603, 680, 27205)) {
            paths.add("/api/tmdb/movie/" + id);
        }
        return paths;
    }

    static String token(RSAKey key, String uid) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("https://securetoken.google.com/frameratr-cluster")
                .audience("frameratr-cluster")
                .subject(uid)
                .issueTime(Date.from(now.minusSeconds(30)))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .claim("auth_time", now.minusSeconds(60).getEpochSecond())
                .claim("email", uid + "@cluster.example")
                .claim("name", "User " + uid)
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    // ---------------------------------------------------------------- faults
    /** Runs the scenario's fault schedule; returns when the last fault action finished (ms). */
    static long faults(String scenario) throws Exception {
        switch (scenario) {
            case "sigterm", "sigkill" -> {
                sleepUntil(t0 + 6_000);
                down.put(2, System.currentTimeMillis());
                ctl(scenario.equals("sigterm") ? "term" : "kill", "2");
                if (!NO_RESTART) {
                    sleepUntil(System.currentTimeMillis() + 2_000);
                    ctl("start", "2");
                    downWindows.add(new long[] {down.remove(2), System.currentTimeMillis()});
                }
            }
            case "pg-restart" -> {
                sleepUntil(t0 + 6_000);
                ctl("pg-stop");
                sleepUntil(System.currentTimeMillis() + 5_000);
                ctl("pg-start");
            }
            case "tmdb" -> {
                sleepUntil(t0 + 5_000);
                ctl("tmdb", "down");
                sleepUntil(t0 + 11_000);
                ctl("tmdb", "slow");
                sleepUntil(t0 + 17_000);
                // long enough that misses started in it do not reach its end with their retries
                ctl("tmdb", "429");
                sleepUntil(t0 + 27_000);
                ctl("tmdb", "ok");
            }
            default -> {}
        }
        return System.currentTimeMillis();
    }

    static void ctl(String... args) throws Exception {
        String what = String.join(" ", args);
        events.add(new Event(System.currentTimeMillis(), what + " (begin)"));
        List<String> command = new ArrayList<>(List.of("bash", CTL));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        boolean done = p.waitFor(200, java.util.concurrent.TimeUnit.SECONDS);
        events.add(new Event(
                System.currentTimeMillis(),
                what + " (done" + (done && p.exitValue() == 0 ? "" : ", FAILED") + ")"
                        + (out.isEmpty() ? "" : ": " + out.replace('\n', ' '))));
    }

    // ---------------------------------------------------------------- workload
    static void user(String scenario, String uid, String token) {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        Map<Integer, Long> reviewIds = new HashMap<>(); // last acknowledged review id per title
        int seq = 0;
        while (!stop && seq < MAX_OPS_PER_USER) {
            seq++;
            boolean hot = scenario.equals("hot-row");
            int title = hot ? HOT_TITLE : movie(rnd);
            int pick = rnd.nextInt(100);
            if (hot) {
                // nearly every request writes the one hot title
                if (pick < 75) {
                    BigDecimal v = BigDecimal.valueOf(rnd.nextInt(1, 21)).divide(BigDecimal.TWO);
                    write(uid, seq, "rating-put", "PUT", "/api/movies/" + title + "/rating", "rating|" + title,
                            v.setScale(1).toPlainString(), token, "{\"rating_val\": " + v + "}");
                } else if (pick < 90) {
                    write(uid, seq, "rating-delete", "DELETE", "/api/movies/" + title + "/rating", "rating|" + title,
                            null, token, null);
                } else {
                    call(uid, seq, "movie", "GET", "/api/movies/" + title, null, null, null, null);
                }
            } else if (pick < 6) {
                call(uid, seq, "movies", "GET", "/api/movies?page=" + rnd.nextInt(1, 4) + "&limit=20", null, null,
                        null, null);
            } else if (pick < 9) {
                call(uid, seq, "search", "GET", "/api/movies?q=cluster%20movie%2010", null, null, null, null);
            } else if (pick < 15) {
                call(uid, seq, "movie", "GET", "/api/movies/" + title, null, null, null, null);
            } else if (pick < 18) {
                call(uid, seq, "reviews", "GET", "/api/movies/" + title + "/reviews", null, null, null, null);
            } else if (pick < 20) {
                call(uid, seq, "tv", "GET", rnd.nextBoolean() ? "/api/tv" : "/api/tv/1396", null, null, null, null);
            } else if (pick < 23) {
                call(uid, seq, "me", "GET", "/api/me", null, token, null, null);
            } else if (pick < 26) {
                call(uid, seq, "my-ratings", "GET", "/api/me/ratings", null, token, null, null);
            } else if (pick < 28) {
                call(uid, seq, "my-reviews", "GET", "/api/me/reviews", null, token, null, null);
            } else if (pick < 31) {
                call(uid, seq, "my-favorites", "GET", "/api/favorites/movies", null, token, null, null);
            } else if (pick < 38) {
                List<String> warm = warmPaths();
                call(uid, seq, "tmdb-cached", "GET", warm.get(rnd.nextInt(warm.size())), null, null, null, null);
            } else if (pick < 48) {
                BigDecimal v = BigDecimal.valueOf(rnd.nextInt(1, 21)).divide(BigDecimal.TWO);
                write(uid, seq, "rating-put", "PUT", "/api/movies/" + title + "/rating", "rating|" + title,
                        v.setScale(1).toPlainString(), token, "{\"rating_val\": " + v + "}");
            } else if (pick < 52) {
                write(uid, seq, "rating-delete", "DELETE", "/api/movies/" + title + "/rating", "rating|" + title, null,
                        token, null);
            } else if (pick < 58) {
                String body = "review " + uid + " #" + seq + " – ünïcødé ✓";
                Op op = write(uid, seq, "review-post", "POST", "/api/reviews", "review|" + title, body, token,
                        "{\"movie_id\": " + title + ", \"body\": \"" + body + "\"}");
                if (op.outcome() == Outcome.OK) {
                    Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(op.body());
                    if (m.find()) {
                        reviewIds.put(title, Long.parseLong(m.group(1)));
                    }
                } else {
                    reviewIds.remove(title);
                }
            } else if (pick < 60 && reviewIds.containsKey(title)) {
                Op op = write(uid, seq, "review-delete", "DELETE", "/api/reviews/" + reviewIds.get(title),
                        "review|" + title, null, token, null);
                reviewIds.remove(title);
            } else if (pick < 66) {
                write(uid, seq, "favorite-post", "POST", "/api/favorites/movies/" + title, "favorite|" + title,
                        "yes", token, null);
            } else if (pick < 70) {
                write(uid, seq, "favorite-delete", "DELETE", "/api/favorites/movies/" + title, "favorite|" + title,
                        null, token, null);
            } else if (pick < 72) {
                String name = "Name " + seq;
                write(uid, seq, "profile-patch", "PATCH", "/api/me", "profile", name, token,
                        "{\"display_name\": \"" + name + "\"}");
            } else if (scenario.equals("tmdb") && pick < 78) {
                // a miss: a title TMDb has but nobody asked for yet
                int id = 150_000 + freshIds.incrementAndGet();
                call(uid, seq, "tmdb-miss", "GET", "/api/tmdb/movie/" + id, null, null, null, null);
            } else if (scenario.equals("tmdb") && pick < 80) {
                // a write that needs an import from TMDb first
                int id = 160_000 + freshIds.incrementAndGet();
                write(uid, seq, "favorite-import", "POST", "/api/favorites/movies/" + id, "favorite|" + id, "yes",
                        token, null);
            } else {
                call(uid, seq, "tmdb-list", "GET", "/api/tmdb/trending/movies?time_window=day", null, null, null,
                        null);
            }
            sleepUntil(System.currentTimeMillis() + rnd.nextInt(50, 150));
        }
    }

    static int movie(ThreadLocalRandom rnd) {
        int i = rnd.nextInt(45);
        return i < 40 ? 100_001 + i : List.of(155, 550, 603, 680, 27205).get(i - 40);
    }

    static Op write(String uid, int seq, String action, String method, String path, String key, String effect,
            String token, String json) {
        return call(uid, seq, action, method, path, key, token, json, effect);
    }

    static Op call(String uid, int seq, String action, String method, String path, String key, String token,
            String json, String effect) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(LB + path)).timeout(Duration.ofSeconds(40));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        long start = System.currentTimeMillis();
        int status = 0;
        String ct = "";
        String body = "";
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            status = r.statusCode();
            ct = r.headers().firstValue("Content-Type").orElse("");
            body = r.body();
        } catch (Exception ex) {
            body = ex.getClass().getSimpleName() + ": " + ex.getMessage();
        }
        Op op = new Op(uid, seq, action, method, path, key == null ? null : uid + "|" + key, effect, start,
                System.currentTimeMillis(), status, ct, body.length() > 300 ? body.substring(0, 300) : body);
        ops.add(op);
        return op;
    }

    /** Polls every instance's /health and readiness directly (not through nginx), every 250 ms. */
    static void poll() {
        HttpClient direct = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1))
                .build();
        List<Thread> pollers = new ArrayList<>();
        for (int i = 0; i < INSTANCE_PORTS.length; i++) {
            for (String kind : List.of("health", "readiness")) {
                final int n = i + 1;
                final int port = INSTANCE_PORTS[i];
                String path = kind.equals("health") ? "/health" : "/actuator/health/readiness";
                pollers.add(Thread.ofVirtual().start(() -> {
                    for (int round = 0; round < 1_000 && !stop; round++) {
                        long start = System.currentTimeMillis();
                        int status;
                        try {
                            status = direct.send(
                                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                                    .timeout(Duration.ofSeconds(8))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode();
                        } catch (Exception ex) {
                            status = 0;
                        }
                        polls.add(new Poll(n, kind, start, status, System.currentTimeMillis() - start));
                        sleepUntil(start + 250);
                    }
                }));
            }
        }
        for (Thread t : pollers) {
            try {
                t.join(Duration.ofSeconds(200));
            } catch (InterruptedException ex) {
                return;
            }
        }
    }

    static void sleepUntil(long at) {
        long ms = at - System.currentTimeMillis();
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---------------------------------------------------------------- checks
    static final List<String> violations = new ArrayList<>();
    static final List<String> lines = new ArrayList<>();

    static void line(String s) {
        lines.add(s);
    }

    static void check(boolean ok, String what) {
        line((ok ? "  [ok]   " : "  [FAIL] ") + what);
        if (!ok) {
            violations.add(what);
        }
    }

    static String rel(long at) {
        return String.format("+%.1fs", (at - t0) / 1000.0);
    }

    static long eventAt(String prefix) {
        synchronized (events) {
            return events.stream().filter(e -> e.what().startsWith(prefix)).mapToLong(Event::at).findFirst().orElse(-1);
        }
    }

    static boolean check(String scenario, String prefix, long loadMillis) throws Exception {
        List<Op> all;
        synchronized (ops) {
            all = new ArrayList<>(ops);
        }
        line("=== scenario " + scenario + " ===");
        line(String.format("load: %d users, %.1f s, %d requests through nginx (%.0f/s)", USERS, loadMillis / 1000.0,
                all.size(), all.size() * 1000.0 / loadMillis));
        synchronized (events) {
            for (Event e : events) {
                line("event " + rel(e.at()) + " " + e.what());
            }
        }
        // status counts per action
        Map<String, Map<String, Integer>> byAction = new TreeMap<>();
        for (Op op : all) {
            String cls = op.status() == 0 ? "none" : op.status() / 100 + "xx";
            if (op.status() >= 400) {
                cls = Integer.toString(op.status());
            }
            byAction.computeIfAbsent(op.action(), k -> new TreeMap<>()).merge(cls, 1, Integer::sum);
        }
        line("answers by request kind (status: count; 'none' = no answer):");
        for (var e : byAction.entrySet()) {
            long[] lat = all.stream().filter(o -> o.action().equals(e.getKey())).mapToLong(Op::millis).sorted().toArray();
            line(String.format("  %-16s %-40s p50 %4d ms  p99 %5d ms  max %5d ms", e.getKey(), e.getValue(),
                    lat[lat.length / 2], lat[(int) Math.min(lat.length - 1, lat.length * 0.99)], lat[lat.length - 1]));
        }

        // ---- 5xx and no-answers: allowed only where the scenario says so
        long killAt = eventAt("kill 2 (begin)");
        long termAt = eventAt("term 2 (begin)");
        long termDone = eventAt("term 2 (done");
        long pgStop = eventAt("pg-stop (begin)");
        long pgUp = eventAt("pg-start (done");
        long tmdbDown = eventAt("tmdb down (begin)");
        long tmdbOk = eventAt("tmdb ok (done");
        Map<String, Integer> allowed = new TreeMap<>();
        List<Op> unexpected = new ArrayList<>();
        for (Op op : all) {
            if (op.status() != 0 && op.status() < 500) {
                continue;
            }
            String reason = null;
            boolean problem = op.contentType().startsWith("application/problem+json");
            if (scenario.equals("sigkill") && op.status() == 502 && Set.of("POST", "PATCH").contains(op.method())
                    && op.start() <= killAt + 1_000 && op.end() >= killAt) {
                reason = "502 on a non-idempotent request in flight when the instance was killed (nginx does not repeat it)";
            } else if (scenario.equals("sigterm") && op.status() == 502 && Set.of("POST", "PATCH").contains(op.method())
                    && op.start() >= termAt - 500 && op.start() <= termDone) {
                // Tomcat's graceful shutdown closes idle keep-alive connections; a request nginx sent on
                // one in that instant gets no answer, and nginx repeats it only if it is idempotent
                // for HTTP (ECS avoids the race: it deregisters the task from the ALB before SIGTERM)
                reason = "502 on a non-idempotent request nginx sent on a keep-alive connection the stopping"
                        + " instance closed (not repeated by nginx)";
            } else if (scenario.equals("pg-restart") && op.status() == 503 && problem && pgStop > 0
                    && op.end() >= pgStop - 200 && op.start() <= pgUp + 10_000) {
                reason = "503 problem+json while PostgreSQL was down or reconnecting";
            } else if (scenario.equals("tmdb") && Set.of(502, 503, 504).contains(op.status()) && problem
                    && Set.of("tmdb-miss", "favorite-import").contains(op.action())
                    && op.end() >= tmdbDown && op.start() <= tmdbOk + 3_000) {
                reason = op.status() + " problem+json for an uncached TMDb request while TMDb failed";
            }
            if (reason == null) {
                unexpected.add(op);
            } else {
                allowed.merge(reason, 1, Integer::sum);
            }
        }
        allowed.forEach((r, n) -> line("allowed: " + n + " x " + r));
        for (Op op : unexpected.subList(0, Math.min(10, unexpected.size()))) {
            line(String.format("  unexpected: %s %s %s -> %d at %s after %d ms: %s", op.action(), op.method(), op.path(),
                    op.status(), rel(op.start()), op.millis(), op.body().replaceAll("\\s+", " ")));
        }
        check(unexpected.isEmpty(), "no 5xx or unanswered request beyond the allowed ones (" + unexpected.size()
                + " unexpected)");

        // ---- liveness / readiness
        List<Poll> ps;
        synchronized (polls) {
            ps = new ArrayList<>(polls);
        }
        List<Poll> health = ps.stream()
                .filter(p -> p.kind().equals("health") && expectedUp(p.instance(), p.at()))
                .toList();
        long badHealth = health.stream().filter(p -> p.status() != 200 || p.millis() > 5_000).count();
        long[] hl = health.stream().mapToLong(Poll::millis).sorted().toArray();
        check(badHealth == 0, String.format("/health of running instances, polled directly every 250 ms: %d polls, %d"
                        + " not 200 within 5 s, the ALB's health check timeout (p50 %d ms, max %d ms)",
                health.size(), badHealth, hl.length == 0 ? 0 : hl[hl.length / 2], hl.length == 0 ? 0 : hl[hl.length - 1]));

        // ---- scenario-specific
        switch (scenario) {
            case "pg-restart" -> {
                for (int i = 1; i <= INSTANCE_PORTS.length; i++) {
                    final int n = i;
                    boolean sawDown = ps.stream().anyMatch(p -> p.instance() == n && p.kind().equals("readiness")
                            && p.status() == 503 && p.at() > pgStop && p.at() < pgUp);
                    check(sawDown, "instance " + n + ": readiness reported 503 while PostgreSQL was down");
                }
                long maxOutage = all.stream().filter(o -> o.status() == 503).mapToLong(Op::millis).max().orElse(0);
                check(maxOutage <= 5_000, "503s during the outage came quickly (slowest " + maxOutage + " ms, limit 5000)");
                long acksAfter = all.stream().filter(o -> o.write() && o.outcome() == Outcome.OK && o.start() > pgUp + 5_000)
                        .count();
                check(acksAfter > 0, "the pools recovered without a restart: " + acksAfter
                        + " writes acknowledged from 5 s after PostgreSQL came back");
                long late503 = all.stream().filter(o -> o.status() == 503 && o.start() > pgUp + 10_000).count();
                check(late503 == 0, "no 503 later than 10 s after PostgreSQL came back (" + late503 + ")");
                boolean readyEnd = true;
                for (int port : INSTANCE_PORTS) {
                    readyEnd &= direct(port, "/actuator/health/readiness") == 200;
                }
                check(readyEnd, "every instance reports ready again at the end");
            }
            case "tmdb" -> {
                long cachedBad = all.stream()
                        .filter(o -> Set.of("tmdb-cached", "tmdb-list").contains(o.action()) && o.status() != 200)
                        .count();
                long cachedFault = all.stream()
                        .filter(o -> Set.of("tmdb-cached", "tmdb-list").contains(o.action())
                                && o.start() > tmdbDown && o.start() < tmdbOk)
                        .count();
                check(cachedBad == 0, "cached TMDb answers kept being served: " + cachedFault
                        + " cached requests during the faults, " + cachedBad + " not 200");
                long slowestMiss = all.stream().filter(o -> o.action().equals("tmdb-miss") && o.status() >= 500)
                        .mapToLong(Op::millis).max().orElse(0);
                check(slowestMiss <= 16_000, "uncached requests failed in bounded time (slowest failure " + slowestMiss
                        + " ms; limit 16000 = retry budget 10 s + rate-limit queue wait 5 s + 1 s)");
                for (String phase : List.of("tmdb down", "tmdb slow", "tmdb 429")) {
                    long from = eventAt(phase + " (done");
                    long n = all.stream().filter(o -> o.action().equals("tmdb-miss") && o.start() > from + 500
                            && o.start() < from + 5_000).count();
                    long failed = all.stream().filter(o -> o.action().equals("tmdb-miss") && o.start() > from + 500
                            && o.start() < from + 5_000 && o.status() >= 500).count();
                    long[] lat = all.stream().filter(o -> o.action().equals("tmdb-miss") && o.start() > from + 500
                                    && o.start() < from + 5_000).mapToLong(Op::millis).sorted().toArray();
                    line(String.format("  %s: %d misses started in its first 5 s, %d failed with 502/503/504"
                                    + " (p50 %d ms, max %d ms)", phase, n, failed,
                            lat.length == 0 ? 0 : lat[lat.length / 2], lat.length == 0 ? 0 : lat[lat.length - 1]));
                }
                long recovered = all.stream().filter(o -> o.action().equals("tmdb-miss") && o.status() == 200
                        && o.start() > tmdbOk + 1_000).count();
                check(recovered > 0, "recovery: " + recovered + " uncached requests answered 200 after TMDb came back");
            }
            case "sigterm", "sigkill" -> {
                if (!NO_RESTART) {
                    check(direct(INSTANCE_PORTS[1], "/api/movies/" + HOT_TITLE) == 200,
                            "instance 2 serves again after its restart");
                }
            }
            default -> {}
        }

        // ---- the database
        try (Connection db = DriverManager.getConnection(JDBC)) {
            if (CORRUPT_STATS) {
                try (Statement st = db.createStatement()) {
                    int n = st.executeUpdate("UPDATE rating_stats SET rating_count = rating_count + 1,"
                            + " rating_sum = rating_sum + 10, histogram[20] = histogram[20] + 1"
                            + " WHERE (kind, title_id) = (SELECT kind, title_id FROM rating_stats ORDER BY rating_count DESC LIMIT 1)");
                    line("CLUSTER_CORRUPT_STATS: falsified " + n + " rating_stats row by hand before the checks");
                }
            }
            checkWrites(db, all, prefix);
            checkStats(db);
            checkDuplicates(db);
            if (scenario.equals("hot-row")) {
                try (Statement st = db.createStatement();
                        ResultSet rs = st.executeQuery("SELECT count(*) FROM ratings WHERE kind = 'movie' AND title_id = "
                                + HOT_TITLE)) {
                    rs.next();
                    int count = rs.getInt(1);
                    String json = get(LB + "/api/movies/" + HOT_TITLE);
                    Matcher m = Pattern.compile("\"user_rating_count\"\\s*:\\s*(\\d+)").matcher(json);
                    check(m.find() && Integer.parseInt(m.group(1)) == count, "hot title " + HOT_TITLE
                            + ": the API's user_rating_count equals the " + count + " rows in ratings");
                }
            }
        }
        line("RESULT: " + (violations.isEmpty() ? "PASS" : "FAIL (" + violations.size() + " violations)"));
        lines.forEach(System.out::println);
        return violations.isEmpty();
    }

    static boolean expectedUp(int instance, long at) {
        Long since = down.get(instance);
        if (since != null && at >= since - 300) {
            return false;
        }
        synchronized (downWindows) {
            for (long[] w : downWindows) {
                if (instance == 2 && at >= w[0] - 300 && at <= w[1] + 300) {
                    return false;
                }
            }
        }
        return true;
    }

    static int direct(int port, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception ex) {
            return 0;
        }
    }

    static String get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception ex) {
            return "";
        }
    }

    /** Every acknowledged write is there: the stored state is the last acknowledged write's, or that of
     * a later write whose outcome the client could not know (5xx, no answer). */
    static void checkWrites(Connection db, List<Op> all, String prefix) throws Exception {
        Map<String, String> stored = new HashMap<>();
        String like = prefix.replace("_", "\\_") + "%";
        query(db, "SELECT uid, title_id, rating_val FROM ratings WHERE kind = 'movie' AND uid LIKE ?", like,
                rs -> stored.put(rs.getString(1) + "|rating|" + rs.getInt(2),
                        rs.getBigDecimal(3).setScale(1, RoundingMode.UNNECESSARY).toPlainString()));
        query(db, "SELECT uid, title_id, body FROM reviews WHERE kind = 'movie' AND uid LIKE ?", like,
                rs -> stored.put(rs.getString(1) + "|review|" + rs.getInt(2), rs.getString(3)));
        query(db, "SELECT uid, title_id FROM favorites WHERE kind = 'movie' AND uid LIKE ?", like,
                rs -> stored.put(rs.getString(1) + "|favorite|" + rs.getInt(2), "yes"));
        Map<String, String> profiles = new HashMap<>();
        query(db, "SELECT uid, display_name FROM users WHERE uid LIKE ?", like,
                rs -> profiles.put(rs.getString(1) + "|profile", rs.getString(2)));

        Map<String, List<Op>> byKey = new LinkedHashMap<>();
        for (Op op : all) {
            if (op.write()) {
                byKey.computeIfAbsent(op.key(), k -> new ArrayList<>()).add(op);
            }
        }
        int checked = 0;
        int acked = 0;
        int unknown = 0;
        List<String> bad = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        for (var e : byKey.entrySet()) {
            List<Op> seq = e.getValue();
            seq.sort((a, b) -> Integer.compare(a.seq(), b.seq()));
            boolean profile = e.getKey().endsWith("|profile");
            int last = -1;
            for (int i = 0; i < seq.size(); i++) {
                if (seq.get(i).outcome() == Outcome.OK) {
                    last = i;
                    acked++;
                } else if (seq.get(i).outcome() == Outcome.UNKNOWN) {
                    unknown++;
                }
            }
            if (profile && last < 0) {
                continue; // the initial display name comes from the token; nothing acknowledged to check
            }
            Set<String> possible = new HashSet<>();
            possible.add(last < 0 ? null : seq.get(last).effect());
            for (int i = last + 1; i < seq.size(); i++) {
                if (seq.get(i).outcome() == Outcome.UNKNOWN) {
                    possible.add(seq.get(i).effect());
                }
            }
            String actual = profile ? profiles.get(e.getKey()) : stored.get(e.getKey());
            touched.add(e.getKey());
            checked++;
            if (!possible.contains(actual)) {
                bad.add(e.getKey() + ": stored " + actual + ", expected one of " + possible + " (last ack "
                        + (last < 0 ? "none" : seq.get(last).method() + " " + seq.get(last).path() + " at "
                                + rel(seq.get(last).start())) + ")");
            }
        }
        // rows nobody wrote with an acknowledged or possible write
        for (String k : stored.keySet()) {
            if (!touched.contains(k)) {
                bad.add(k + ": stored " + stored.get(k) + " but no request of the load wrote it");
            }
        }
        bad.stream().limit(10).forEach(b -> line("  lost/phantom: " + b));
        check(bad.isEmpty(), String.format("every acknowledged write is in the database: %d keys (user x title x kind)"
                + " checked, %d acknowledged writes, %d writes of unknown outcome, %d mismatches", checked, acked, unknown,
                bad.size()));
    }

    static void checkStats(Connection db) throws Exception {
        String sql = """
                WITH raw AS (
                    SELECT kind, title_id, count(*)::int AS c, sum(rating_val) AS s FROM ratings GROUP BY 1, 2),
                buckets AS (
                    SELECT kind, title_id, (rating_val * 2)::int AS b, count(*)::int AS n FROM ratings GROUP BY 1, 2, 3),
                hist AS (
                    SELECT r.kind, r.title_id, array_agg(coalesce(k.n, 0) ORDER BY g.b)::int[] AS h
                    FROM raw r CROSS JOIN generate_series(1, 20) AS g(b)
                    LEFT JOIN buckets k ON k.kind = r.kind AND k.title_id = r.title_id AND k.b = g.b
                    GROUP BY 1, 2)
                SELECT coalesce(s.kind, raw.kind), coalesce(s.title_id, raw.title_id),
                       s.rating_count, raw.c, s.rating_sum, raw.s, s.histogram::text, hist.h::text,
                       (SELECT count(*) FROM rating_stats) AS titles
                FROM rating_stats s
                FULL JOIN raw ON raw.kind = s.kind AND raw.title_id = s.title_id
                LEFT JOIN hist ON hist.kind = coalesce(s.kind, raw.kind) AND hist.title_id = coalesce(s.title_id, raw.title_id)
                WHERE coalesce(s.rating_count, 0) <> coalesce(raw.c, 0)
                   OR coalesce(s.rating_sum, 0) <> coalesce(raw.s, 0)
                   OR coalesce(s.histogram, array_fill(0, ARRAY[20])) <> coalesce(hist.h, array_fill(0, ARRAY[20]))
                """;
        List<String> bad = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                bad.add(String.format("%s %d: stats count %s sum %s hist %s; recomputed count %s sum %s hist %s",
                        rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(5), rs.getString(7),
                        rs.getString(4), rs.getString(6), rs.getString(8)));
            }
        }
        int titles;
        long ratings;
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM rating_stats), (SELECT count(*) FROM ratings)")) {
            rs.next();
            titles = rs.getInt(1);
            ratings = rs.getLong(2);
        }
        bad.stream().limit(10).forEach(b -> line("  stats: " + b));
        check(bad.isEmpty(), String.format("rating_stats equal a recomputation from the %d raw ratings (count, sum,"
                + " histogram) for all %d titles: %d differ", ratings, titles, bad.size()));
    }

    static void checkDuplicates(Connection db) throws Exception {
        String sql = """
                SELECT 'ratings', count(*) FROM (SELECT uid, kind, title_id FROM ratings GROUP BY 1, 2, 3 HAVING count(*) > 1) d
                UNION ALL SELECT 'reviews', count(*) FROM (SELECT uid, kind, title_id FROM reviews GROUP BY 1, 2, 3 HAVING count(*) > 1) d
                UNION ALL SELECT 'favorites', count(*) FROM (SELECT uid, kind, title_id FROM favorites GROUP BY 1, 2, 3 HAVING count(*) > 1) d
                UNION ALL SELECT 'titles', count(*) FROM (SELECT kind, id FROM titles GROUP BY 1, 2 HAVING count(*) > 1) d
                UNION ALL SELECT 'users', count(*) FROM (SELECT uid FROM users GROUP BY 1 HAVING count(*) > 1) d
                UNION ALL SELECT 'rating_stats', count(*) FROM (SELECT kind, title_id FROM rating_stats GROUP BY 1, 2 HAVING count(*) > 1) d
                """;
        List<String> bad = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                if (rs.getLong(2) > 0) {
                    bad.add(rs.getString(1) + ": " + rs.getLong(2));
                }
            }
        }
        check(bad.isEmpty(), "no duplicate rows in ratings, reviews, favorites, titles, users, rating_stats"
                + (bad.isEmpty() ? "" : " " + bad));
    }

    interface RowFn {
        void row(ResultSet rs) throws Exception;
    }

    static void query(Connection db, String sql, String arg, RowFn fn) throws Exception {
        try (var ps = db.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fn.row(rs);
                }
            }
        }
    }
}
