import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * HTTP to the cluster: the load's requests through nginx, each recorded in the {@link Journal}
 * (also when it failed: no answer is an outcome too), and unrecorded requests to one instance.
 */
final class Client {

    private final String lb;
    private final Journal journal;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    Client(String lb, Journal journal) {
        this.lb = lb;
        this.journal = journal;
    }

    /** Sends through nginx and records the request with its answer, or the error instead of one. */
    Op send(String uid, int seq, Request request) {
        long start = System.currentTimeMillis();
        int status = 0;
        String contentType = "";
        String body;
        try {
            HttpResponse<String> r = http.send(build(request), HttpResponse.BodyHandlers.ofString());
            status = r.statusCode();
            contentType = r.headers().firstValue("Content-Type").orElse("");
            body = r.body();
        } catch (Exception ex) {
            body = ex.getClass().getSimpleName() + ": " + ex.getMessage();
        }
        Op op = new Op(
                uid,
                seq,
                request.action(),
                request.method(),
                request.path(),
                request.key() == null ? null : uid + "|" + request.key(),
                request.effect(),
                start,
                System.currentTimeMillis(),
                status,
                contentType,
                body.length() > 300 ? body.substring(0, 300) : body);
        journal.add(op);
        return op;
    }

    private HttpRequest build(Request request) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(lb + request.path())).timeout(Duration.ofSeconds(40));
        if (request.token() != null) {
            b.header("Authorization", "Bearer " + request.token());
        }
        if (request.json() != null) {
            b.header("Content-Type", "application/json");
        }
        return b.method(
                        request.method(),
                        request.json() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(request.json()))
                .build();
    }

    /** The status of a GET straight to one instance, 0 for no answer. */
    int direct(int port, String path) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception ex) {
            return 0;
        }
    }

    /** The body of a GET of {@code path} through nginx, "" for no answer. */
    String get(String path) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(lb + path))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception ex) {
            return "";
        }
    }
}
