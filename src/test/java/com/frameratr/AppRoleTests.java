package com.frameratr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frameratr.support.FakeTmdb;
import com.frameratr.support.Json;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aot.AotDetector;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.SpringProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Production's database roles, end to end: the migration command runs as the owning user and lets
 * frameratr_app log in (password checked by the server, SCRAM); the service then runs as
 * frameratr_app, with migrations only validated, and everything it does works with DML alone.
 */
class AppRoleTests {

    static final String APP_PASSWORD = "app-role-password-for-tests";

    @TempDir
    static Path data;

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void server() throws Exception {
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data.resolve("pg"))
                .setCleanDataDirectory(true)
                .start();
        // the superuser keeps trust (this test's own setup); everyone else must give a password
        Files.writeString(data.resolve("pg/pg_hba.conf"), """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        superuser().sql("SELECT pg_reload_conf()").query().singleValue();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void migrateThenServeAsTheAppRole() throws Exception {
        assertThat(FrameRatrApplication.runMigrate(migrateArgs(APP_PASSWORD))).isZero();
        assertThat(appRoleCanLogIn(APP_PASSWORD)).isTrue();
        superuser()
                .sql("INSERT INTO titles (kind, id, title) VALUES ('movie', 155, 'The Dark Knight')")
                .update();

        try (var service = serve("--DB_USER=frameratr_app", "--DB_PASS=" + APP_PASSWORD)) {
            String token = post(service, "/api/dev/token", Json.object("uid", "role-ada"), null)
                    .get("id_token")
                    .asString();

            assertThat(status(service, "GET", "/api/me", null, token)).isEqualTo(200);
            assertThat(status(service, "PUT", "/api/movies/155/rating", Json.object("rating_val", 8), token))
                    .isEqualTo(200);
            assertThat(status(service, "POST", "/api/reviews", Json.object("movie_id", 155, "body", "Yes."), token))
                    .isEqualTo(200);
            assertThat(status(service, "POST", "/api/favorites/movies/155", "", token))
                    .isEqualTo(200);
            assertThat(status(service, "POST", "/api/lists", Json.object("name", "Nolan"), token))
                    .isEqualTo(200);
            assertThat(status(service, "PATCH", "/api/me", Json.object("handle", "role_ada"), token))
                    .isEqualTo(200);
            assertThat(status(service, "PUT", "/api/movies/550/rating", Json.object("rating_val", 7), token))
                    .as("a rating of an unknown title imports it from TMDb: titles, genres, the TMDb cache")
                    .isEqualTo(200);
            assertThat(status(service, "GET", "/api/tmdb/movie/603", null, null))
                    .isEqualTo(200);
            assertThat(status(service, "GET", "/api/movies?q=knight", null, null))
                    .isEqualTo(200);
            assertThat(status(service, "GET", "/api/movies/155/reviews", null, null))
                    .isEqualTo(200);
            assertThat(status(service, "DELETE", "/api/me", null, token)).isEqualTo(200);
        }
        assertThat(superuser()
                        .sql("SELECT count(*) FROM titles WHERE id = 550")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(superuser()
                        .sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'tmdb-cache-purge'")
                        .query(Integer.class)
                        .single())
                .as("the app role scheduled the cluster job (db-scheduler's table is data)")
                .isEqualTo(1);
    }

    @Test
    void theAppRoleCannotChangeTheSchemaOrTheMigrationHistory() {
        assertThat(FrameRatrApplication.runMigrate(migrateArgs(APP_PASSWORD))).isZero();
        JdbcClient app = client("frameratr_app", APP_PASSWORD);

        for (String statement : List.of(
                "CREATE TABLE intruder (id integer)",
                "DROP TABLE ratings",
                "ALTER TABLE users ADD COLUMN intruder text",
                "TRUNCATE ratings",
                "DELETE FROM flyway_schema_history",
                "UPDATE flyway_schema_history SET checksum = 0",
                "CREATE ROLE intruder")) {
            assertThatThrownBy(() -> app.sql(statement).update())
                    .as(statement)
                    .rootCause()
                    .hasMessageMatching("(?s).*(permission denied|must be owner).*");
        }
        assertThat(app.sql("SELECT count(*) FROM flyway_schema_history")
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void aWrongPasswordIsRefusedByTheServer() {
        assertThat(FrameRatrApplication.runMigrate(migrateArgs(APP_PASSWORD))).isZero();

        assertThat(appRoleCanLogIn("not-the-password")).isFalse();
        assertThatThrownBy(() -> serve("--DB_USER=frameratr_app", "--DB_PASS=not-the-password")
                        .close())
                .hasStackTraceContaining("password authentication failed");
    }

    @Test
    void aShortAppPasswordIsRefusedByTheMigrateCommand() {
        assertThat(FrameRatrApplication.runMigrate(migrateArgs("short"))).isEqualTo(2);
    }

    @Test
    void theServiceRefusesToStartWhenAMigrationIsNotApplied() {
        assertThat(FrameRatrApplication.runMigrate(migrateArgs(APP_PASSWORD))).isZero();

        assertThatThrownBy(() -> serve(
                                "--DB_USER=frameratr_app",
                                "--DB_PASS=" + APP_PASSWORD,
                                "--spring.flyway.locations=classpath:db/migration,classpath:db/pending")
                        .close())
                .hasStackTraceContaining("Validate failed")
                .hasStackTraceContaining("999");
    }

    /**
     * The image's entry point says -Dspring.aot.enabled=true for every argument; the migration
     * task's command must still find its beans, which Spring AOT did not prepare for it.
     */
    @Test
    void migrateRunsWhenTheEntryPointAsksForSpringAot() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
        try {
            assertThat(FrameRatrApplication.runMigrate(migrateArgs(APP_PASSWORD)))
                    .isZero();
        } finally {
            SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
        }
        assertThat(appRoleCanLogIn(APP_PASSWORD)).isTrue();
    }

    private static String[] migrateArgs(String appPassword) {
        return new String[] {
            "migrate",
            "--DB_HOST=localhost",
            "--DB_PORT=" + postgres.getPort(),
            "--DB_NAME=postgres",
            "--DB_USER=postgres",
            "--DB_PASS=",
            "--DB_SSLMODE=disable",
            "--FRAMERATR_APP_DB_PASSWORD=" + appPassword
        };
    }

    private static ConfigurableApplicationContext serve(String... credentials) {
        FakeTmdb tmdb = FakeTmdb.start();
        List<String> args = new ArrayList<>(List.of(
                "--DB_HOST=localhost",
                "--DB_PORT=" + postgres.getPort(),
                "--DB_NAME=postgres",
                "--DB_SSLMODE=disable",
                "--DB_MIGRATIONS=validate",
                "--FRAMERATR_DEV_AUTH=true",
                "--frameratr.tmdb.base-url=" + tmdb.baseUrl(),
                "--frameratr.tmdb.token=" + FakeTmdb.TOKEN,
                "--frameratr.tmdb.sleep-sec=0.01",
                "--server.port=0"));
        args.addAll(List.of(credentials));
        return new SpringApplicationBuilder(FrameRatrApplication.class).run(args.toArray(String[]::new));
    }

    private static boolean appRoleCanLogIn(String password) {
        try {
            client("frameratr_app", password)
                    .sql("SELECT 1")
                    .query(Integer.class)
                    .single();
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    private static JdbcClient superuser() {
        return client("postgres", "");
    }

    private static JdbcClient client(String user, String password) {
        return JdbcClient.create(new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?sslmode=disable",
                user,
                password));
    }

    private static int status(
            ConfigurableApplicationContext service, String method, String path, String body, String token)
            throws Exception {
        return send(service, method, path, body, token).statusCode();
    }

    private static JsonNode post(ConfigurableApplicationContext service, String path, String body, String token)
            throws Exception {
        return JsonMapper.builder()
                .build()
                .readTree(send(service, "POST", path, body, token).body());
    }

    private static HttpResponse<String> send(
            ConfigurableApplicationContext service, String method, String path, String body, String token)
            throws Exception {
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            throw new AssertionError(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response;
    }
}
