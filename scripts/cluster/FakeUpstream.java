import com.frameratr.support.FakeTmdb;
import com.frameratr.support.FakeTmdb.Reply;
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
 * The cluster harness's outside world: the tests' fake TMDb (port A, {@link FakeTmdb}) and a fake
 * Google key endpoint plus a control API (port B).
 *
 * <p>TMDb answers {@code /3/...} from the test JSON files; {@code /movie/{id}} for ids 100001..199999
 * without a file is generated from movie-155.json, ids from 900000 do not exist (404). Modes, set
 * with {@code GET /mode/{ok|down|slow|429}} on port B: down closes the TMDb listener (connection
 * refused), slow answers after 5 s, 429 answers Too Many Requests with Retry-After: 1. {@code /jwks}
 * publishes the public key; the private key is written to the file given as third argument so the
 * load driver can mint Firebase-shaped tokens. {@code /stats} counts TMDb calls per mode.
 */
public final class FakeUpstream {

    /** The reply to every TMDb call in a mode; "ok" answers from the files, "down" refuses connections. */
    static final Map<String, Reply> MODES = Map.of("slow", Reply.delayed(5000), "429", Reply.tooManyRequests("1"));

    static volatile String mode = "ok";
    static volatile long callsBefore;
    static FakeTmdb tmdb;
    static final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        int tmdbPort = Integer.parseInt(args[0]);
        int controlPort = Integer.parseInt(args[1]);
        Path keyFile = Path.of(args[2]);
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
        control.createContext("/stats", ex -> {
            countCalls();
            send(ex, 200, calls.toString().getBytes(StandardCharsets.UTF_8));
        });
        control.start();
        tmdb = FakeTmdb.serve(tmdbPort, FakeTmdb.TOKEN, Path.of(args[3]));
        tmdb.synthesizeMovies(100_001, 199_999);
        System.out.println("fake TMDb on " + tmdbPort + ", keys and control on " + controlPort);
    }

    static synchronized void setMode(String next) throws IOException {
        if (!next.equals("ok") && !next.equals("down") && !MODES.containsKey(next)) {
            throw new IOException("unknown mode " + next);
        }
        countCalls();
        mode = next;
        if (next.equals("down")) {
            tmdb.stop();
        } else {
            tmdb.everyPath(MODES.get(next));
            tmdb.listen();
        }
        System.out.println("mode " + next);
    }

    /** The calls since the last mode change are the current mode's. */
    static synchronized void countCalls() {
        long now = tmdb.callCount();
        calls.computeIfAbsent(mode, k -> new AtomicLong()).addAndGet(now - callsBefore);
        callsBefore = now;
    }

    static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
