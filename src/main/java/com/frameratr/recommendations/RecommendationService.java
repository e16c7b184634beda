package com.frameratr.recommendations;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleCard;
import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.library.Favorites;
import com.frameratr.platform.problems.DomainException;
import com.frameratr.tmdb.Tmdb;
import com.frameratr.tmdb.TmdbNotFoundException;
import com.frameratr.users.CurrentUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Recommendations from two sources, each item saying which: FrameRatr's own taste model
 * ({@link TasteRecommender}) and TMDb's recommendations for the user's most recent favorites. A user
 * the model knows well enough gets the model's picks, topped up from TMDb when they are fewer than
 * asked for; a cold start (few signals, or no model yet) gets TMDb's first, topped up from the model.
 * Nothing the user rated, logged, favorited, put on the watchlist or hid is recommended.
 */
@Service
class RecommendationService {

    private static final Logger log = LoggerFactory.getLogger(RecommendationService.class);

    /** Favorites looked at: bounds the TMDb calls one request can cause. */
    static final int FAVORITES_CONSIDERED = 10;

    private final Favorites favorites;
    private final SignalRepository signals;
    private final TasteRecommender taste;
    private final Catalog catalog;
    private final Tmdb tmdb;
    private final JsonMapper json;
    private final RecommendationProperties properties;

    RecommendationService(
            Favorites favorites,
            SignalRepository signals,
            TasteRecommender taste,
            Catalog catalog,
            Tmdb tmdb,
            JsonMapper json,
            RecommendationProperties properties) {
        this.favorites = favorites;
        this.signals = signals;
        this.taste = taste;
        this.catalog = catalog;
        this.tmdb = tmdb;
        this.json = json;
        this.properties = properties;
    }

    private record Candidate(JsonNode result, int votes, int because) {}

    private record FromTmdb(
            List<ObjectNode> items, int basedOn, @Nullable DomainException failure) {}

    Recommendations recommend(CurrentUser user, TitleKind kind, int limit) {
        TasteRecommender.Answer own = taste.recommend(user.uid(), kind, limit);
        boolean warm = own.positives() >= properties.minSignals();
        List<JsonNode> items = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        FromTmdb fromTmdb;
        if (warm) {
            addOwn(items, taken, own.picks(), limit);
            fromTmdb = items.size() < limit ? fromTmdb(user, kind, limit) : new FromTmdb(List.of(), 0, null);
            addTmdb(items, taken, fromTmdb.items(), limit);
        } else {
            fromTmdb = fromTmdb(user, kind, limit);
            addTmdb(items, taken, fromTmdb.items(), limit);
            addOwn(items, taken, own.picks(), limit);
        }
        if (items.isEmpty() && fromTmdb.failure() != null) {
            throw fromTmdb.failure();
        }
        String message = items.isEmpty() && own.positives() == 0 && fromTmdb.basedOn() == 0
                ? Recommendations.NOTHING_TO_GO_ON.formatted(kind == TitleKind.TV ? "TV shows" : "movies")
                : null;
        return new Recommendations(fromTmdb.basedOn(), items, message);
    }

    private void addOwn(List<JsonNode> items, Set<Integer> taken, List<TasteRecommender.Pick> picks, int limit) {
        List<TitleRef> named = new ArrayList<>();
        for (TasteRecommender.Pick pick : picks) {
            named.add(pick.title());
            if (pick.because() != null) {
                named.add(pick.because());
            }
        }
        Map<TitleRef, TitleCard> cards = catalog.cards(named);
        for (TasteRecommender.Pick pick : picks) {
            TitleCard card = cards.get(pick.title());
            if (items.size() == limit || card == null || !taken.add(card.id())) {
                continue;
            }
            ObjectNode item = json.valueToTree(card);
            item.put("media_type", card.kind().code());
            item.put("source", "frameratr");
            ObjectNode reason = item.putObject("reason");
            reason.put("type", pick.reason().name().toLowerCase(Locale.ROOT));
            TitleCard because = pick.because() == null ? null : cards.get(pick.because());
            if (because != null) {
                reason.set("title", json.valueToTree(because));
            }
            items.add(item);
        }
    }

    private static void addTmdb(List<JsonNode> items, Set<Integer> taken, List<ObjectNode> fromTmdb, int limit) {
        for (ObjectNode item : fromTmdb) {
            if (items.size() < limit && taken.add(item.path("id").asInt())) {
                items.add(item);
            }
        }
    }

    /**
     * TMDb's recommendations for the user's most recent favorites of the kind, merged: one recommended
     * for several favorites first, then by TMDb popularity. A favorite TMDb cannot answer for is left
     * out; when it can answer for none, the failure is kept for a caller with nothing else to show.
     */
    private FromTmdb fromTmdb(CurrentUser user, TitleKind kind, int limit) {
        List<Integer> basedOn = favorites.recent(user.uid(), kind, FAVORITES_CONSIDERED);
        if (basedOn.isEmpty()) {
            return new FromTmdb(List.of(), 0, null);
        }
        Map<Integer, Candidate> candidates = new LinkedHashMap<>();
        int answered = 0;
        DomainException lastFailure = null;
        for (int favorite : basedOn) {
            try {
                for (JsonNode result : tmdb.details(kind.code(), favorite)
                        .path("recommendations")
                        .path("results")) {
                    int id = result.path("id").asInt();
                    candidates.merge(
                            id,
                            new Candidate(result, 1, favorite),
                            (a, b) -> new Candidate(a.result(), a.votes() + 1, a.because()));
                }
                answered++;
            } catch (TmdbNotFoundException gone) {
                answered++;
            } catch (DomainException unavailable) {
                log.warn("No TMDb recommendations for favorite {}: {}", favorite, unavailable.getMessage());
                lastFailure = unavailable;
            }
        }
        if (answered == 0) {
            return new FromTmdb(List.of(), basedOn.size(), lastFailure);
        }
        List<TitleRef> refs =
                candidates.keySet().stream().map(id -> new TitleRef(kind, id)).toList();
        Set<TitleRef> known = signals.knownAmong(user.uid(), refs);
        List<Candidate> ranked = candidates.entrySet().stream()
                .filter(entry ->
                        !known.contains(new TitleRef(kind, entry.getKey())) && !basedOn.contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .sorted(Comparator.comparingInt(Candidate::votes)
                        .reversed()
                        .thenComparing(c -> -c.result().path("popularity").asDouble()))
                .limit(limit)
                .toList();
        Map<Integer, TitleCard> favoriteCards = catalog.cards(
                kind, ranked.stream().map(Candidate::because).distinct().toList());
        List<ObjectNode> items = new ArrayList<>();
        for (Candidate candidate : ranked) {
            if (!(candidate.result() instanceof ObjectNode result)) {
                continue;
            }
            ObjectNode item = result.deepCopy();
            item.put("source", "tmdb");
            ObjectNode reason = item.putObject("reason");
            reason.put("type", "tmdb");
            TitleCard favorite = favoriteCards.get(candidate.because());
            if (favorite != null) {
                reason.set("title", json.valueToTree(favorite));
            }
            items.add(item);
        }
        return new FromTmdb(items, basedOn.size(), null);
    }
}
