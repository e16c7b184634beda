package com.frameratr.recommendations.model;

/**
 * How what a user did with a title becomes one number in [-1, 1]: positive means they liked it (the
 * more, the surer), negative that they did not. Ratings are centred on the user's own mean (shrunk
 * towards the site's, so three ratings do not make a mean), which is what makes the item-item
 * similarity an adjusted cosine; likes and favorites are the strongest positive, a viewing without
 * a rating a moderate one, the watchlist a weak one.
 */
public final class Signals {

    /** A favorite or a liked diary entry. */
    public static final float LIKED = 1.0f;

    /** A diary entry without a rating or a like. */
    public static final float WATCHED = 0.5f;

    /** On the watchlist: the user means to watch it, which says less than having liked it. */
    public static final float WATCHLISTED = 0.25f;

    /** Ratings worth of the site's mean that every user's own mean starts from. */
    static final double PRIOR_RATINGS = 5;

    /** A rating this far from the user's mean (on the 0.5..10 scale) is a full signal. */
    static final double FULL_SCALE = 4;

    private Signals() {}

    /** A user's mean rating, shrunk towards {@code siteMean} by {@link #PRIOR_RATINGS} ratings. */
    public static double userMean(double sum, int count, double siteMean) {
        return (sum + PRIOR_RATINGS * siteMean) / (count + PRIOR_RATINGS);
    }

    /** A rating (0.5..10) as a signal around the user's (shrunk) mean. */
    public static float rating(double rating, double userMean) {
        double centred = (rating - userMean) / FULL_SCALE;
        return (float) Math.max(-1, Math.min(1, centred));
    }

    /** Two signals for the same title (a rating and a favorite, say): the surer one, a like on a tie. */
    public static float stronger(float a, float b) {
        float absA = Math.abs(a);
        float absB = Math.abs(b);
        if (absA == absB) {
            return Math.max(a, b);
        }
        return absA > absB ? a : b;
    }
}
