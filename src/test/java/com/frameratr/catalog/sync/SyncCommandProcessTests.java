package com.frameratr.catalog.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.FakeTmdb;
import com.frameratr.support.ServiceProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import command as operators run it: {@code java -jar frameratr.jar import ...}, its own JVM
 * without a web server, configured for production-style Firebase tokens. (It once failed at start-up:
 * the security filter chain needs the web server's HttpSecurity.)
 */
class SyncCommandProcessTests {

    @TempDir
    Path home;

    @Test
    void importCommandStartsWithoutAWebServerAndImports() throws Exception {
        FakeTmdb tmdb = FakeTmdb.start();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1",
                "-Dframeratr.embedded-postgres.port=" + ServiceProcess.freePort(),
                "com.frameratr.FrameRatrApplication",
                "import",
                "movie",
                "155"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DB_HOST");
        builder.environment().put("FRAMERATR_HOME", home.toString());
        builder.environment().put("TMDB_BASE_URL", tmdb.baseUrl());
        builder.environment().put("TMDB_TOKEN", FakeTmdb.TOKEN);
        builder.environment().put("TMDB_SLEEP_SEC", "0.02");
        builder.environment().put("FIREBASE_PROJECT_ID", "frameratr-test");
        builder.environment().put("FIREBASE_JWKS_URI", "http://127.0.0.1:9/jwks");
        Process process = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException ex) {
                return ex.toString();
            }
        });
        boolean exited = process.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String text = output.get(10, TimeUnit.SECONDS);

        assertThat(exited).as("import finished within 120 s").isTrue();
        assertThat(text).doesNotContain("APPLICATION FAILED TO START");
        assertThat(process.exitValue()).as(text).isZero();
        assertThat(tmdb.calls("/movie/155")).isNotEmpty();
    }
}
