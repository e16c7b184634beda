package com.frameratr.lists;

import com.frameratr.platform.problems.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The rules of a new order of a list's entries ({@code PUT /api/lists/{id}/order}). */
final class EntryOrder {

    private static final String FIELD = "entry_ids";

    private EntryOrder() {}

    /**
     * Throws the 400 unless {@code wanted} names each of the list's entries ({@code current}) exactly
     * once: the problem says which id is foreign, repeated or missing.
     */
    static void requirePermutation(List<Long> wanted, List<Long> current) {
        Set<Long> entries = Set.copyOf(current);
        Set<Long> seen = new HashSet<>();
        for (Long id : wanted) {
            if (!entries.contains(id)) {
                throw invalid("entry " + id + " is not in this list");
            }
            if (!seen.add(id)) {
                throw invalid("entry " + id + " appears more than once");
            }
        }
        if (seen.size() < entries.size()) {
            String missing = current.stream()
                    .filter(id -> !seen.contains(id))
                    .limit(10)
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
            throw invalid("must name all " + entries.size() + " entries of the list; missing: " + missing
                    + (entries.size() - seen.size() > 10 ? ", ..." : ""));
        }
    }

    /** The entries whose position changes: {@code wanted} and {@code current} are the same ids, in order. */
    static List<Long> moving(List<Long> wanted, List<Long> current) {
        List<Long> moving = new ArrayList<>();
        IntStream.range(0, wanted.size())
                .filter(i -> !wanted.get(i).equals(current.get(i)))
                .forEach(i -> moving.add(wanted.get(i)));
        return moving;
    }

    private static InvalidInputException invalid(String reason) {
        return new InvalidInputException(FIELD, reason);
    }
}
