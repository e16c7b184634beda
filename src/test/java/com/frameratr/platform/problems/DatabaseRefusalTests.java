package com.frameratr.platform.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A refused write is logged as one line naming the constraint, never with the row's values. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DatabaseRefusalTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProblemHandler handler;

    @Test
    void aCheckViolationIsOneLineWithTheConstraintAndWithoutValues(CapturedOutput output) {
        new Fixtures(jdbc).deleteAll();
        var refused = catchThrowableOfType(
                DataIntegrityViolationException.class,
                () -> jdbc.sql("INSERT INTO users (uid, email, bio) VALUES ('refusal', 'secret@example.com', :bio)")
                        .param("bio", "s3cr3t-" + "x".repeat(1000))
                        .update());

        var response = handler.handleIntegrity(refused);

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        String line = output.getOut()
                .lines()
                .filter(l -> l.contains("Database refused a write"))
                .findFirst()
                .orElseThrow();
        assertThat(line).contains("sqlstate=23514").contains("table=users").contains("constraint=users_bio_check");
        assertThat(output.getOut())
                .doesNotContain("s3cr3t")
                .doesNotContain("secret@example.com")
                .doesNotContain("Failing row");
    }
}
