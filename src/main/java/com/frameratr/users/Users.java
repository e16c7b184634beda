package com.frameratr.users;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
     * For a write that creates the caller's row within its own statement (the hottest social writes:
     * one statement and round trip fewer than {@link #ensureExists}): the body of a data-modifying
     * {@code WITH} part that inserts the row, when absent and when {@code condition} holds, with the
     * parameters {@code :uid, :email, :name, :picture} that {@link #claimParameters} binds. The
     * enclosing statement must not use those four names for anything else.
     */
    public static String sqlInsertIfAbsent(String condition) {
        return UserRepository.INSERT_IF_ABSENT_WHERE.formatted(condition);
    }

    /** The parameters of {@link #sqlInsertIfAbsent}, cut to the columns' limits like every other write. */
    public static Map<String, @Nullable Object> claimParameters(CurrentUser user) {
        return UserRepository.claimValues(user);
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
