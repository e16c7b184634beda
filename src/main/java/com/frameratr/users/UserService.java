package com.frameratr.users;

import com.frameratr.platform.problems.ConflictException;
import com.frameratr.platform.problems.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserService {

    private final UserRepository repository;
    private final ApplicationEventPublisher events;

    UserService(UserRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @Transactional
    User signIn(CurrentUser user) {
        return repository.upsertFromToken(user);
    }

    /** The first version's sign-up call: an idempotent upsert of the signed-in user's profile. */
    @Transactional
    User signUp(CurrentUser user, SignUpForm form) {
        return repository.upsertFromSignUp(user, form);
    }

    /** A new handle must be free (ignoring case): 409 when another user has it. */
    @Transactional
    User update(CurrentUser user, ProfileChanges changes) {
        repository.insertIfAbsent(user);
        if (changes.handle() != null) {
            repository.lockHandles();
        }
        try {
            return repository.updateProfile(user.uid(), changes).orElseThrow(() -> gone(user));
        } catch (DuplicateKeyException taken) {
            throw new ConflictException("handle-taken", "The handle " + changes.handle() + " is taken");
        }
    }

    /** Removes the user and, by cascade, their ratings (statistics follow), reviews, favorites and lists. */
    @Transactional
    void delete(CurrentUser user) {
        if (repository.delete(user.uid())) {
            events.publishEvent(new UserDeleted(user.uid()));
        }
    }

    private static NotFoundException gone(CurrentUser user) {
        return new NotFoundException("User " + user.uid() + " does not exist");
    }
}
