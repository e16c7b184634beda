package com.frameratr.users;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
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

    /**
     * The user with this handle (any case), if there is one. Whether the caller may see them is
     * {@code social.Visibility}'s question, not this one's.
     */
    public Optional<Member> byHandle(String handle) {
        // a handle that cannot exist is not looked up (and cannot reach the column's CHECK)
        return handle.matches("[A-Za-z0-9_]{3,30}") ? repository.memberByHandle(handle) : Optional.empty();
    }

    /** The user's "about me", if they wrote one. */
    public Optional<String> bioOf(String uid) {
        return repository.bioOf(uid);
    }

    /** The given users' cards; unknown uids are absent. */
    public Map<String, Member> members(Collection<String> uids) {
        return repository.members(uids);
    }

    /** How each of the given users appears to others; unknown uids are absent. */
    public Map<String, Author> authors(Collection<String> uids) {
        return repository.authors(uids);
    }
}
