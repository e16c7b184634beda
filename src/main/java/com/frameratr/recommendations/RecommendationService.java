package com.frameratr.recommendations;

import com.frameratr.catalog.TitleKind;
import com.frameratr.library.Favorites;
import com.frameratr.platform.problems.DomainException;
import com.frameratr.ratings.Ratings;
import com.frameratr.tmdb.Tmdb;
import com.frameratr.tmdb.TmdbNotFoundException;
import com.frameratr.users.CurrentUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Merges TMDb's recommendations for the user's most recent favorite movies: a movie recommended
 * for several favorites ranks first, then by TMDb popularity. Details come through the TMDb cache
 * and rate limit (the catalog import already cached most of them).
 */
@Service
class RecommendationService {

    private static final Logger log = LoggerFactory.getLogger(RecommendationService.class);

    /** Favorites looked at: bounds the TMDb calls one request can cause. */
    static final int FAVORITES_CONSIDERED = 10;

    private final Favorites favorites;
    private final Ratings ratings;
    private final Tmdb tmdb;

    RecommendationService(Favorites favorites, Ratings ratings, Tmdb tmdb) {
        this.favorites = favorites;
        this.ratings = ratings;
        this.tmdb = tmdb;
    }

    record Candidate(JsonNode movie, int votes) {}

    Recommendations recommend(CurrentUser user, int limit) {
        List<Integer> basedOn = favorites.recent(user.uid(), TitleKind.MOVIE, FAVORITES_CONSIDERED);
        if (basedOn.isEmpty()) {
            return Recommendations.noFavorites();
        }
        Map<Integer, Candidate> candidates = new LinkedHashMap<>();
        int answered = 0;
        DomainException lastFailure = null;
        for (int favorite : basedOn) {
            try {
                for (JsonNode movie : tmdb.details(Tmdb.MOVIE, favorite)
                        .path("recommendations")
                        .path("results")) {
                    int id = movie.path("id").asInt();
                    candidates.merge(id, new Candidate(movie, 1), (a, b) -> new Candidate(a.movie(), a.votes() + 1));
                }
                answered++;
            } catch (TmdbNotFoundException gone) {
                answered++;
            } catch (DomainException unavailable) {
                log.warn("No recommendations for favorite {}: {}", favorite, unavailable.getMessage());
                lastFailure = unavailable;
            }
        }
        if (answered == 0 && lastFailure != null) {
            throw lastFailure;
        }
        Set<Integer> exclude = excluded(user, candidates.keySet());
        List<JsonNode> ranked = candidates.entrySet().stream()
                .filter(entry -> !exclude.contains(entry.getKey()) && !basedOn.contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .sorted(Comparator.comparingInt(Candidate::votes)
                        .reversed()
                        .thenComparing(c -> -c.movie().path("popularity").asDouble()))
                .limit(limit)
                .map(Candidate::movie)
                .toList();
        return new Recommendations(basedOn.size(), new ArrayList<>(ranked), null);
    }

    private Set<Integer> excluded(CurrentUser user, Set<Integer> ids) {
        List<Integer> candidates = List.copyOf(ids);
        Set<Integer> rated = ratings.ratedAmong(user.uid(), TitleKind.MOVIE, candidates);
        Set<Integer> favorited = favorites.favoritedAmong(user.uid(), TitleKind.MOVIE, candidates);
        return java.util.stream.Stream.concat(rated.stream(), favorited.stream())
                .collect(java.util.stream.Collectors.toSet());
    }
}
