import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cluster harness's outside world: a fake TMDb (port A) and a fake Google key endpoint plus a
 * control API (port B).
 *
 * <p>TMDb answers {@code /3/...} from the test JSON files; {@code /movie/{id}} for ids without a
 * file is generated from movie-155.json (so any id in 100001..199999 exists, ids from 900000 do
 * not: 404). Modes, set with {@code GET /mode/{ok|down|slow|429}} on port B: down closes the TMDb
 * listener (connection refused), slow answers after 5 s, 429 answers Too Many Requests with
 * Retry-After: 1. {@code /jwks} publishes the public key; the private key is written to the file
 * given as third argument so the load driver can mint Firebase-shaped tokens. {@code /stats} counts
 * TMDb calls per mode.
 */
public final class FakeUpstream {

    static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.fake-v4-read-token-for-tests.c2VjcmV0";

    static volatile String mode = "ok";
    static volatile HttpServer tmdb;
    static int tmdbPort;
    static Path files;
    static final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        tmdbPort = Integer.parseInt(args[0]);
        int controlPort = Integer.parseInt(args[1]);
        Path keyFile = Path.of(args[2]);
        files = Path.of(args[3]);
        RSAKey key = new RSAKeyGenerator(2048)
                .keyID("cluster-" + Long.toHexString(System.nanoTime()))
                .algorithm(JWSAlgorithm.RS256)
                .generate();
        Files.writeString(keyFile, key.toJSONString());
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);

        HttpServer control = HttpServer.create(new InetSocketAddress("127.0.0.1", controlPort), 100);
        control.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        control.createContext("/jwks", ex -> {
            ex.getResponseHeaders().set("Cache-Control", "public, max-age=19000");
            send(ex, 200, jwks);
        });
        control.createContext("/mode/", ex -> {
            String next = ex.getRequestURI().getPath().substring("/mode/".length());
            setMode(next);
            send(ex, 200, ("{\"mode\":\"" + mode + "\"}").getBytes(StandardCharsets.UTF_8));
        });
        control.createContext("/stats", ex -> send(ex, 200, calls.toString().getBytes(StandardCharsets.UTF_8)));
        control.start();
        startTmdb();
        System.out.println("fake TMDb on " + tmdbPort + ", keys and control on " + controlPort);
    }

    static synchronized void setMode(String next) throws IOException {
        if (!Map.of("ok", 1, "down", 1, "slow", 1, "429", 1).containsKey(next)) {
            throw new IOException("unknown mode " + next);
        }
        if (next.equals("down") && tmdb != null) {
            tmdb.stop(0);
            tmdb = null;
        }
        mode = next;
        if (!next.equals("down") && tmdb == null) {
            startTmdb();
        }
        System.out.println("mode " + next);
    }

    static void startTmdb() throws IOException {
        IOException last = null;
        for (int i = 0; i < 50; i++) { // the port may linger for a moment after stop
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", tmdbPort), 200);
                server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
                server.createContext("/", FakeUpstream::handleTmdb);
                server.start();
                tmdb = server;
                return;
            } catch (IOException ex) {
                last = ex;
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw last;
    }

    static void handleTmdb(HttpExchange ex) throws IOException {
        try (ex) {
            String current = mode;
            calls.computeIfAbsent(current, k -> new AtomicLong()).incrementAndGet();
            if (!("Bearer " + TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                send(ex, 401, "{\"status_code\":7,\"status_message\":\"Invalid API key\"}".getBytes());
                return;
            }
            if (current.equals("429")) {
                ex.getResponseHeaders().set("Retry-After", "1");
                send(ex, 429, "{\"status_code\":25,\"status_message\":\"Your request count is over the allowed limit\"}"
                        .getBytes());
                return;
            }
            if (current.equals("slow")) {
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
            String path = ex.getRequestURI().getPath().replaceFirst("^/3", "");
            String page = "1";
            String q = ex.getRequestURI().getRawQuery();
            if (q != null) {
                for (String pair : q.split("&")) {
                    if (pair.startsWith("page=")) {
                        page = pair.substring(5);
                    }
                }
            }
            String body = body(path, page);
            if (body == null) {
                send(ex, 404, "{\"status_code\":34,\"status_message\":\"The resource you requested could not be found.\"}"
                        .getBytes());
            } else {
                send(ex, 200, body.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException gone) {
            // the client gave up (timeouts): nothing to answer
        }
    }

    static String body(String path, String page) throws IOException {
        String[] segments = path.substring(1).split("/");
        java.util.List<String> parts = new java.util.ArrayList<>(java.util.Arrays.asList(segments));
        if (parts.getFirst().equals("trending") && parts.size() == 3) {
            parts.removeLast();
        }
        String name = String.join("-", parts);
        String generic = String.join("-", parts.stream().map(s -> s.matches("\\d+") ? "_" : s).toList());
        for (String candidate : new String[] {name + "-p" + page, name}) {
            Path file = files.resolve(candidate + ".json");
            if (Files.exists(file)) {
                return Files.readString(file);
            }
        }
        if (parts.size() == 2 && parts.get(0).equals("movie") && parts.get(1).matches("\\d{1,9}")) {
            int id = Integer.parseInt(parts.get(1));
            if (id >= 100_001 && id <= 199_999) {
                return Files.readString(files.resolve("movie-155.json"))
                        .replace("\"id\": 155,", "\"id\": " + id + ",")
                        .replace("\"id\":155,", "\"id\":" + id + ",")
                        .replace("The Dark Knight", "Cluster Movie " + id);
            }
            return null;
        }
        Path file = files.resolve(generic + ".json");
        return Files.exists(file) && !generic.equals(name) ? Files.readString(file) : null;
    }

    static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
