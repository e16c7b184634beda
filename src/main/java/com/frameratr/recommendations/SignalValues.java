package com.frameratr.recommendations;

import com.frameratr.recommendations.model.Signals;

/** Each kind of signal as the model's number (see {@link Signals}); the rebuild and a request agree. */
final class SignalValues {

    private SignalValues() {}

    static float of(Signal.Source source, Double rating, double userMean) {
        return switch (source) {
            case RATED -> Signals.rating(rating, userMean);
            case FAVORITED, LIKED_VIEWING -> Signals.LIKED;
            case VIEWED -> Signals.WATCHED;
            case WATCHLISTED -> Signals.WATCHLISTED;
        };
    }
}
