package com.frameratr.catalog.sync;

import com.frameratr.catalog.TitleKind;
import com.frameratr.platform.problems.DomainException;
import com.frameratr.platform.problems.InvalidInputException;
import com.frameratr.platform.problems.NotFoundException;
import com.frameratr.platform.problems.UnavailableException;
import com.frameratr.tmdb.Tmdb;
import com.frameratr.tmdb.TmdbNotFoundException;
import com.frameratr.tmdb.TmdbUnavailableException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Imports a movie or TV show from TMDb into the catalog: details, genres and the cached fields.
 * Idempotent: a title synced within {@code frameratr.catalog.sync.refresh-after} is left alone (no TMDb
 * call), an older one is refreshed, a new one created; each title is written in one transaction
 * and never while waiting for TMDb. Other features call it when a user acts on a title that is not
 * in the catalog yet.
 */
@Component
public class TitleSync {

    private final Tmdb tmdb;
    private final SyncRepository repository;
    private final TransactionTemplate transaction;
    private final SyncProperties properties;

    TitleSync(Tmdb tmdb, SyncRepository repository, TransactionTemplate transaction, SyncProperties properties) {
        this.tmdb = tmdb;
        this.repository = repository;
        this.transaction = transaction;
        this.properties = properties;
    }

    /**
     * Makes sure the title is in the catalog and reasonably fresh.
     *
     * @throws DomainException 404 when TMDb has no such title, 503 when TMDb cannot be reached (or is
     *     not configured) and the title is not in the catalog
     */
    public SyncOutcome importTitle(TitleKind kind, int tmdbId) {
        if (tmdbId < 1) {
            throw new InvalidInputException("id", "must be a positive TMDb id");
        }
        Optional<Instant> syncedAt = repository.syncedAt(kind, tmdbId);
        if (syncedAt.isPresent() && syncedAt.get().isAfter(Instant.now().minus(properties.refreshAfter()))) {
            return SyncOutcome.UP_TO_DATE;
        }
        JsonNode details;
        try {
            details = tmdb.details(kind.code(), tmdbId);
        } catch (TmdbNotFoundException ex) {
            throw new NotFoundException(kind.label() + " " + tmdbId + " does not exist on TMDb");
        } catch (TmdbUnavailableException ex) {
            if (syncedAt.isPresent()) {
                return SyncOutcome.KEPT_STALE;
            }
            throw ex.reason() == UnavailableException.Reason.UNAVAILABLE
                    ? ex
                    : new UnavailableException(
                            "tmdb-unavailable",
                            "TMDb cannot be reached to import " + kind.label() + " " + tmdbId + "; retry later",
                            UnavailableException.Reason.UNAVAILABLE);
        }
        SyncedTitle title = SyncedTitle.from(kind, tmdbId, details);
        Boolean created = transaction.execute(status -> repository.save(title));
        return Boolean.TRUE.equals(created) ? SyncOutcome.CREATED : SyncOutcome.REFRESHED;
    }
}
