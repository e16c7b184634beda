package com.frameratr.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service as its own JVM process, started like {@code java -jar} would (same main class, the
 * test classpath), so tests can send it real signals and restart it on the same data directory.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final int port;
    private final Duration startUp;

    private ServiceProcess(Process process, int port) throws InterruptedException {
        this.process = process;
        this.port = port;
        long started = System.nanoTime();
        Thread.ofPlatform().daemon().start(this::pumpOutput);
        waitUntilHealthy();
        this.startUp = Duration.ofNanos(System.nanoTime() - started);
    }

    public static ServiceProcess start(Path home, int databasePort, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        int port = freePort();
        return new ServiceProcess(builder(home, port, databasePort, env, args).start(), port);
    }

    /** A process that is expected to refuse to start: its exit code and everything it printed. */
    public record Exited(int exitCode, String output) {}

    public static Exited runUntilExit(Path home, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        Process process = builder(home, freePort(), freePort(), env, args).start();
        if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("service did not exit within " + START_TIMEOUT);
        }
        return new Exited(
                process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static ProcessBuilder builder(
            Path home, int port, int databasePort, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1",
                "com.frameratr.FrameRatrApplication",
                "--frameratr.embedded-postgres.port=" + databasePort));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("FRAMERATR_HOME", home.toString());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().remove("DB_HOST");
        builder.environment().putAll(env);
        return builder;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public Duration startUp() {
        return startUp;
    }

    public List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    /** SIGTERM, as ECS sends it; returns the exit code. */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("service did not stop within 40 s of SIGTERM");
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook runs, the embedded postgres is left behind. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            terminate();
        }
    }

    private void waitUntilHealthy() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("service exited during start-up:\n" + String.join("\n", output()));
            }
            try {
                var response = client.send(
                        HttpRequest.newBuilder(uri("/health"))
                                .timeout(Duration.ofSeconds(1))
                                .build(),
                        BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException(
                "service not healthy within " + START_TIMEOUT + ":\n" + String.join("\n", output()));
    }

    private void pumpOutput() {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.add(line);
            }
        } catch (IOException closed) {
            // the process ended
        }
    }
}
