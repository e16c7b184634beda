import java.io.IOException;
import java.util.Arrays;

/**
 * The ratings table, user by user. Each rating picks a title by popularity ({@link Zipf}, distinct
 * per user) and a value of title quality + user bias + noise. While writing, it keeps the ratings
 * the reviews and favorites tables are sampled from, so the ratings are never held in memory.
 */
final class RatingRows {

    private final Script script;
    private final Rng rng;
    private final Catalog catalog;
    private final Raters raters;
    private final Scale scale;
    private final Zipf zipf;
    /** The last user who rated each title: a user's titles are distinct without a set per user. */
    private final int[] ratedBy;

    private final Picks reviews;
    private final Picks favorites;
    private long ratingsLeft;
    private long reviewsLeft;

    RatingRows(Script script, Rng rng, Catalog catalog, Raters raters, Scale scale) {
        this.script = script;
        this.rng = rng;
        this.catalog = catalog;
        this.raters = raters;
        this.scale = scale;
        this.zipf = new Zipf(catalog.titles());
        this.ratedBy = new int[catalog.titles()];
        Arrays.fill(ratedBy, -1);
        this.reviews = new Picks(scale.reviews(), scale.reviews());
        this.favorites = new Picks(1 << 20, (int) Math.min(Integer.MAX_VALUE - 8, scale.ratings() / 2));
        this.ratingsLeft = scale.ratings();
        this.reviewsLeft = scale.reviews();
    }

    /** The ratings the reviews are written for: exactly the scale's number, uniformly chosen. */
    Picks reviews() {
        return reviews;
    }

    /** Every rating of 8 or more, the candidates for favorites. */
    Picks favoriteCandidates() {
        return favorites;
    }

    void write() throws IOException {
        script.beginCopy("ratings (uid, kind, title_id, rating_val, created_at, updated_at)");
        for (int u = 0; u < raters.users(); u++) {
            writeUser(u);
        }
        script.endCopy();
        if (reviews.size() != scale.reviews() || ratingsLeft != 0) {
            throw new IllegalStateException("sampling off: " + reviews.size() + " reviews, " + ratingsLeft + " left");
        }
    }

    /** Each user is active from a random start day on; their ratings fall between it and the end. */
    private void writeUser(int u) throws IOException {
        String uid = UserRows.uid(u);
        int startDay = rng.nextInt(Days.COUNT - 30);
        for (int k = 0; k < raters.counts()[u]; k++) {
            int t = drawTitle(u, k);
            ratedBy[t] = u;
            int halfSteps = drawValue(t, u);
            int day = startDay + rng.nextInt(Days.COUNT - startDay);
            catalog.keyFields(script, uid, t);
            script.ratingField(halfSteps);
            script.timestampTwice(day, rng.nextInt(86400));
            script.endRow();
            keep(u, t, day, halfSteps);
        }
    }

    /** Movie 1's raters rate it first; nobody else does, so it has exactly their number of ratings. */
    private int drawTitle(int u, int k) {
        if (k == 0 && raters.ratesMovie1()[u]) {
            return 0;
        }
        int t;
        do {
            t = catalog.byRank()[zipf.drawRank(rng)];
        } while (t == 0 || ratedBy[t] == u);
        return t;
    }

    /** Half steps 1..20; whole numbers 3x as likely as halves, like MovieLens' whole stars. */
    private int drawValue(int t, int u) {
        double v = catalog.quality()[t] + raters.bias()[u] + 1.5 * rng.gaussian();
        int half = rng.oneIn(4) ? (int) Math.round(v * 2) : 2 * (int) Math.round(v);
        return Math.max(1, Math.min(20, half));
    }

    /** Selection sampling (Knuth) for the reviews: each rating is kept with reviewsLeft / ratingsLeft. */
    private void keep(int u, int t, int day, int halfSteps) {
        if (reviewsLeft > 0 && rng.nextDouble() * ratingsLeft < reviewsLeft) {
            reviews.add(u, t, day);
            reviewsLeft--;
        }
        ratingsLeft--;
        if (halfSteps >= 16) {
            favorites.add(u, t, day);
        }
    }
}
