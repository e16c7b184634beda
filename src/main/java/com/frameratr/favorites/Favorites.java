package com.frameratr.favorites;

import com.frameratr.catalog.TitleKind;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What other features may ask of favorites. */
@Component
public class Favorites {

    private final FavoriteRepository repository;

    Favorites(FavoriteRepository repository) {
        this.repository = repository;
    }

    /** The user's most recently added favorites of a kind, newest first. */
    public List<Integer> recent(String uid, TitleKind kind, int limit) {
        return repository.recentIds(uid, kind, limit);
    }

    /** Which of the given titles the user has favorited. */
    public Set<Integer> favoritedAmong(String uid, TitleKind kind, Collection<Integer> ids) {
        return ids.isEmpty() ? Set.of() : Set.copyOf(repository.favoritedAmong(uid, kind, ids));
    }
}
