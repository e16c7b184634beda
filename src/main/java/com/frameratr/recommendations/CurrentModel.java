package com.frameratr.recommendations;

import com.frameratr.recommendations.model.ImplicitAls;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The model this instance serves: the newest built one, looked for every refresh interval. A
 * request reads whichever model is current when it starts and keeps it to its end, so a swap (or
 * another instance's rebuild) never mixes two models in one answer. When the database cannot be
 * asked, the model in memory stays.
 */
@Component
class CurrentModel {

    private static final Logger log = LoggerFactory.getLogger(CurrentModel.class);

    private final ModelRepository models;
    private final AtomicReference<Optional<TasteModel>> current = new AtomicReference<>(Optional.empty());

    CurrentModel(ModelRepository models) {
        this.models = models;
    }

    Optional<TasteModel> get() {
        return current.get();
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${frameratr.recommendations.refresh-interval:30s}")
    void refreshQuietly() {
        try {
            refresh();
        } catch (DataAccessException unavailable) {
            log.warn("Could not look for a newer recommendation model: {}", unavailable.getMessage());
        }
    }

    /**
     * Loads the newest model when it is not the one served; none when the table is empty. A model
     * deleted between the two reads (two rebuilds in a row) leaves the served one in place.
     */
    synchronized void refresh() {
        Optional<Long> latest = models.latestId();
        if (latest.isEmpty()) {
            if (current.getAndSet(Optional.empty()).isPresent()) {
                log.info("No recommendation model to serve any more");
            }
            return;
        }
        if (latest.equals(current.get().map(TasteModel::id))) {
            return;
        }
        models.load(latest.get(), ImplicitAls.defaults(1)).ifPresent(model -> {
            current.set(Optional.of(model));
            log.info(
                    "Serving recommendation model {} ({} titles, {} factors)",
                    model.id(),
                    model.titles().size(),
                    model.factors().factors());
        });
    }
}
