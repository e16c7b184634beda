package com.frameratr.users;

import com.frameratr.platform.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserService {

    private final UserRepository repository;

    UserService(UserRepository repository) {
        this.repository = repository;
    }

    @Transactional
    User signIn(CurrentUser user) {
        return repository.upsertFromToken(user);
    }

    @Transactional
    User update(CurrentUser user, ProfileChanges changes) {
        repository.insertIfAbsent(user);
        return repository.updateProfile(user.uid(), changes).orElseThrow(() -> gone(user));
    }

    /** Removes the user and, by cascade, their ratings (statistics follow), reviews, favorites and lists. */
    @Transactional
    void delete(CurrentUser user) {
        repository.delete(user.uid());
    }

    private static ApiException gone(CurrentUser user) {
        return ApiException.notFound("User " + user.uid() + " does not exist");
    }
}
