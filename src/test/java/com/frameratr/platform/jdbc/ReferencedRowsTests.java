package com.frameratr.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frameratr.platform.problems.NotFoundException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class ReferencedRowsTests {

    private final List<String> calls = new ArrayList<>();

    private static DataIntegrityViolationException refused(String sqlState) {
        return new DataIntegrityViolationException("refused", new SQLException("refused", sqlState));
    }

    @Test
    void aWriteWhoseRowsExistRunsOnceAndCreatesNothing() {
        String result = ReferencedRows.writeOrCreateFirst(
                () -> {
                    calls.add("write");
                    return "ok";
                },
                () -> calls.add("create"));

        assertThat(result).isEqualTo("ok");
        assertThat(calls).containsExactly("write");
    }

    @Test
    void aMissingReferencedRowIsCreatedAndTheWriteRunsOnceMore() {
        String result = ReferencedRows.writeOrCreateFirst(
                () -> {
                    calls.add("write");
                    if (!calls.contains("create")) {
                        throw refused("23503");
                    }
                    return "ok";
                },
                () -> calls.add("create"));

        assertThat(result).isEqualTo("ok");
        assertThat(calls).containsExactly("write", "create", "write");
    }

    @Test
    void anotherRefusalIsNotRetried() {
        assertThatThrownBy(() -> ReferencedRows.writeOrCreateFirst(
                        () -> {
                            calls.add("write");
                            throw refused("23514"); // check constraint
                        },
                        () -> calls.add("create")))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(calls).containsExactly("write");
    }

    @Test
    void aSecondForeignKeyRefusalReachesTheCallerInsteadOfLooping() {
        assertThatThrownBy(() -> ReferencedRows.writeOrCreateFirst(
                        () -> {
                            calls.add("write");
                            throw refused("23503");
                        },
                        () -> calls.add("create")))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(calls).containsExactly("write", "create", "write");
    }

    @Test
    void aFailureToCreateTheRowsIsWhatTheCallerSees() {
        assertThatThrownBy(() -> ReferencedRows.writeOrCreateFirst(
                        () -> {
                            calls.add("write");
                            throw refused("23503");
                        },
                        () -> {
                            throw new NotFoundException("Movie 1 is not on TMDb");
                        }))
                .isInstanceOf(NotFoundException.class);
        assertThat(calls).containsExactly("write");
    }
}
