package com.frameratr.users;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private static final String DISPLAY_NAMES = """
            SELECT uid, display_name
            FROM users
            WHERE uid IN (:uids)
            """;

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, String> displayNames(Collection<String> uids) {
        if (uids.isEmpty()) {
            return Map.of();
        }
        record UserName(String uid, @Nullable String displayName) {}
        List<UserName> names = jdbc.sql(DISPLAY_NAMES)
                .param("uids", uids)
                .query(UserName.class)
                .list();
        return names.stream()
                .filter(name -> name.displayName() != null)
                .collect(Collectors.toMap(UserName::uid, UserName::displayName));
    }
}
