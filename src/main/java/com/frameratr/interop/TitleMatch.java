package com.frameratr.interop;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a title named by a file matched TMDb: {@code matched} with the id and the rule that found it,
 * or {@code ambiguous} / {@code unmatched} with the candidates a user may choose from.
 */
record TitleMatch(RowStatus status, @Nullable Integer tmdbId, String rule, List<Candidate> candidates) {

    /** A TMDb title a row might mean, as the rows page shows it. */
    record Candidate(
            int movieId,
            String title,
            @Nullable String originalTitle,
            @Nullable Integer year,
            @Nullable String posterPath) {}

    static TitleMatch matched(int tmdbId, String rule) {
        return new TitleMatch(RowStatus.MATCHED, tmdbId, rule, List.of());
    }

    static TitleMatch ambiguous(String rule, List<Candidate> candidates) {
        return new TitleMatch(RowStatus.AMBIGUOUS, null, rule, candidates);
    }

    static TitleMatch unmatched(String rule, List<Candidate> candidates) {
        return new TitleMatch(RowStatus.UNMATCHED, null, rule, candidates);
    }
}
