import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * TMDb for the benchmark, on loopback: answers {@code /3/<path>} with the recorded TMDb JSON of
 * the tests (src/test/resources/tmdb, {@code /3/trending/movie/week} from trending-movie.json),
 * 404 in TMDb's shape otherwise, and 401 without the bearer token the service is given. It
 * counts the calls it answered, so the report can show that the measured requests were cache
 * hits: {@code GET /_calls}.
 *
 * <pre>java bench/FakeTmdb.java PORT TOKEN DIR</pre>
 */
public final class FakeTmdb {

    private static final AtomicLong calls = new AtomicLong();

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        String bearer = "Bearer " + args[1];
        Path files = Path.of(args[2]);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 100);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/_calls", ex -> send(ex, 200, Long.toString(calls.get())));
        server.createContext("/3/", ex -> {
            calls.incrementAndGet();
            if (!bearer.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                send(ex, 401, "{\"status_code\":7,\"status_message\":\"Invalid API key: You must be granted a valid key.\",\"success\":false}");
                return;
            }
            // /3/trending/movie/week -> trending-movie.json; /3/movie/popular -> movie-popular.json
            String[] parts = ex.getRequestURI().getPath().substring("/3/".length()).split("/");
            int length = parts[0].equals("trending") && parts.length == 3 ? 2 : parts.length;
            Path file = files.resolve(String.join("-", java.util.Arrays.copyOf(parts, length)) + ".json");
            if (Files.isRegularFile(file)) {
                send(ex, 200, Files.readString(file));
            } else {
                send(ex, 404, "{\"status_code\":34,\"status_message\":\"The resource you requested could not be found.\",\"success\":false}");
            }
        });
        server.start();
        System.out.println("fake TMDb on 127.0.0.1:" + port);
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        try (ex) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
