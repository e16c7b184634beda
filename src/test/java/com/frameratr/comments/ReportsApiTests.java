package com.frameratr.comments;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Json;
import com.frameratr.support.People;
import com.frameratr.support.People.Person;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reports: one per user and item, of what the reporter may see, never hiding the item. */
@IntegrationTest
class ReportsApiTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    People people;
    Person ada;
    Person grace;
    long review;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        people = new People(api);
        ada = people.signIn("rp-ada");
        grace = people.signIn("rp-grace");
        review = api.post("/api/reviews", Json.object("movie_id", 155, "body", "Ledger."), ada.token())
                .json()
                .get("id")
                .asLong();
    }

    @Test
    void theFirstReportIs201ARepeatIs200WithTheSameReportAndTheItemStays() {
        Response first = report(grace, "review_id", review, "  Spoils the ending.  ");
        Response again = report(grace, "review_id", review, "Something else");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("review_id").asLong()).isEqualTo(review);
        assertThat(first.json().get("reason").asString()).isEqualTo("Spoils the ending.");
        assertThat(first.json().get("status").asString()).isEqualTo("open");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(report(ada, "review_id", review, "My own").status()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM reports WHERE status = 'open'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(api.get("/api/movies/155/reviews").json().size()).isEqualTo(1);
    }

    @Test
    void commentsAndListsAreReportedToo() {
        long comment = api.post("/api/reviews/" + review + "/comments", Json.object("body", "Rude"), ada.token())
                .json()
                .get("id")
                .asLong();
        long list = api.post("/api/lists", Json.object("name", "Open", "visibility", "unlisted"), ada.token())
                .json()
                .get("id")
                .asLong();

        assertThat(report(grace, "comment_id", comment, "Rude").status()).isEqualTo(201);
        assertThat(report(grace, "list_id", list, "Spam").status()).isEqualTo(201);
        assertThat(report(grace, "comment_id", comment, "Rude").status()).isEqualTo(200);
    }

    @Test
    void exactlyOneItemAndAReasonOf1To500Characters() {
        assertInvalid(api.post("/api/reports", Json.object("reason", "Why"), grace.token()), "review_id");
        assertInvalid(
                api.post(
                        "/api/reports", Json.object("review_id", review, "list_id", 1, "reason", "Two"), grace.token()),
                "review_id");
        assertInvalid(report(grace, "review_id", review, " "), "reason");
        assertInvalid(report(grace, "review_id", review, "x".repeat(501)), "reason");
        assertThat(report(grace, "review_id", review, "x".repeat(500)).status()).isEqualTo(201);
    }

    @Test
    void anItemTheReporterMayNotSeeIsA404() {
        Person stranger = people.signIn("rp-stranger");
        long closed = api.post("/api/lists", Json.object("name", "Mine", "visibility", "private"), ada.token())
                .json()
                .get("id")
                .asLong();
        people.makePrivate(ada);

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(report(stranger, "review_id", review, "?").status()).isEqualTo(404);
            assertThat(report(stranger, "list_id", closed, "?").status()).isEqualTo(404);
            assertThat(report(stranger, "comment_id", 999_999_999L, "?").status())
                    .isEqualTo(404);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM reports").query(Integer.class).single())
                .isZero();
    }

    @Test
    void theOperatorsQueriesOfOperationsMdListAndResolveOpenReports() throws Exception {
        Person carol = people.signIn("rp-carol");
        report(grace, "review_id", review, "Spoilers");
        report(carol, "review_id", review, "Rude");
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/operations.md"));
        List<String> queries = new ArrayList<>();
        var blocks = java.util.regex.Pattern.compile("```sql\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(doc);
        while (blocks.find()) {
            queries.add(blocks.group(1));
        }

        var open = jdbc.sql(queries.get(0)).query().listOfRows();
        int resolved =
                jdbc.sql(queries.get(1).replace("42", Long.toString(review))).update();

        assertThat(open).hasSize(1);
        assertThat(open.getFirst().get("item")).isEqualTo("review " + review);
        assertThat(open.getFirst().get("reports")).isEqualTo(2L);
        assertThat(open.getFirst().get("author_uid")).isEqualTo(ada.uid());
        assertThat(resolved).isEqualTo(2);
        assertThat(jdbc.sql(queries.get(0)).query().listOfRows()).isEmpty();
    }

    private Response report(Person reporter, String field, long id, String reason) {
        return api.post("/api/reports", Json.object(field, id, "reason", reason), reporter.token());
    }

    private static void assertInvalid(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
