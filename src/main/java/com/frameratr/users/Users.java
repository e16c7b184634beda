package com.frameratr.users;

import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What other features may ask of users. */
@Component
public class Users {

    private final UserRepository repository;

    Users(UserRepository repository) {
        this.repository = repository;
    }

    /** Makes sure the user has a row (writes reference it), without touching an existing one. */
    public void ensureExists(CurrentUser user) {
        repository.insertIfAbsent(user);
    }

    /** How each of the given users appears to others; unknown uids are absent. */
    public Map<String, Author> authors(Collection<String> uids) {
        return repository.authors(uids);
    }
}
