package com.frameratr.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database itself refuses rows that break an invariant, whoever writes them. */
@IntegrationTest
class SchemaConstraintsTests {

    @Autowired
    JdbcClient jdbc;

    Fixtures fixtures;

    @BeforeEach
    void seed() {
        fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.user("ada", "Ada");
        fixtures.user("grace", "Grace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "10.5", "7.3", "-1", "0.25"})
    void ratingOutsideHalfStepsFrom0point5To10IsRejected(String value) {
        assertThatThrownBy(() -> fixtures.rating("ada", "movie", 155, value))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "10", "7.5", "1"})
    void ratingOnAHalfStepIsStored(String value) {
        fixtures.rating("ada", "movie", 155, value);

        assertThat(jdbc.sql("SELECT rating_val FROM ratings")
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo(value);
    }

    @Test
    void statisticsFollowInsertsUpdatesAndDeletes() {
        fixtures.rating("ada", "movie", 155, "10");
        fixtures.rating("grace", "movie", 155, "6");
        jdbc.sql("UPDATE ratings SET rating_val = 7 WHERE uid = 'grace'").update();
        assertThat(stats()).containsEntry("rating_count", 2).containsEntry("rating_sum", "17.0");

        jdbc.sql("DELETE FROM users WHERE uid = 'ada'").update();

        assertThat(stats()).containsEntry("rating_count", 1).containsEntry("rating_sum", "7.0");
        assertThat(histogram()).isEqualTo("{0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0}");
    }

    @Test
    void statisticsThatDisagreeWithTheirHistogramAreRejected() {
        fixtures.rating("ada", "movie", 155, "8");

        assertThatThrownBy(() ->
                        jdbc.sql("UPDATE rating_stats SET rating_count = 5").update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() ->
                        jdbc.sql("UPDATE rating_stats SET histogram[1] = -1").update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() ->
                        jdbc.sql("UPDATE rating_stats SET rating_sum = 100").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void reviewCountsFollowInsertsMovesAndDeletesAndADeletedTitleTakesItsCountsAlong() {
        fixtures.movie(272, "Batman Begins", 80);
        fixtures.review("ada", "movie", 155, "One");
        fixtures.review("grace", "movie", 155, "Two");
        assertThat(reviewCount(155)).isEqualTo(2);

        jdbc.sql("UPDATE reviews SET title_id = 272 WHERE uid = 'grace'").update();
        assertThat(reviewCount(155)).isEqualTo(1);
        assertThat(reviewCount(272)).isEqualTo(1);

        jdbc.sql("DELETE FROM users WHERE uid = 'ada'").update();
        assertThat(reviewCount(155)).isZero();

        fixtures.rating("grace", "movie", 272, "8");
        jdbc.sql("DELETE FROM titles WHERE kind = 'movie' AND id = 272").update();
        assertThat(jdbc.sql("SELECT count(*) FROM review_counts WHERE title_id = 272")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM rating_stats WHERE title_id = 272")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aReviewCountCannotGoNegative() {
        assertThatThrownBy(() -> jdbc.sql(
                                "INSERT INTO review_counts (kind, title_id, review_count) VALUES ('movie', 155, -1)")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private int reviewCount(int titleId) {
        return jdbc.sql("SELECT review_count FROM review_counts WHERE kind = 'movie' AND title_id = :id")
                .param("id", titleId)
                .query(Integer.class)
                .single();
    }

    @Test
    void oneReviewPerUserAndTitle() {
        fixtures.review("ada", "movie", 155, "First");

        assertThatThrownBy(() -> fixtures.review("ada", "movie", 155, "Second"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void reviewBodyMustHaveTextAndAtMost10000Characters() {
        assertThatThrownBy(() -> fixtures.review("ada", "movie", 155, "   "))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> fixtures.review("ada", "movie", 155, "x".repeat(10_001)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void writesAboutTitlesNotInTheCatalogAreRejected() {
        assertThatThrownBy(() -> fixtures.rating("ada", "movie", 999, "5"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> fixtures.rating("ada", "tv", 155, "5"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void titlesNeedAKnownKindAndAPositiveId() {
        assertThatThrownBy(() -> fixtures.title("book", 1, "Dune", "Dune", 1, java.time.LocalDate.now()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> fixtures.title("movie", -1, "Dune", "Dune", 1, java.time.LocalDate.now()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void uidIsAtMost128Characters() {
        assertThatThrownBy(() -> fixtures.user("u".repeat(129), "Long"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void emailsCompareCaseInsensitively() {
        jdbc.sql("UPDATE users SET email = 'Ada@Example.COM' WHERE uid = 'ada'").update();

        assertThat(jdbc.sql("SELECT uid FROM users WHERE email = 'ada@example.com'")
                        .query(String.class)
                        .list())
                .containsExactly("ada");
    }

    private Map<String, Object> stats() {
        return jdbc.sql("SELECT rating_count, rating_sum::text AS rating_sum FROM rating_stats WHERE title_id = 155")
                .query()
                .singleRow();
    }

    private String histogram() {
        return jdbc.sql("SELECT histogram::text FROM rating_stats WHERE title_id = 155")
                .query(String.class)
                .single();
    }
}
