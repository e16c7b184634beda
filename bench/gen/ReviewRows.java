import java.io.IOException;

/** The reviews table: one review per sampled rating, written a day or two after it. */
final class ReviewRows {

    private ReviewRows() {}

    static void write(Script script, Rng rng, Catalog catalog, Picks reviews) throws IOException {
        script.beginCopy("reviews (uid, kind, title_id, body, spoiler, created_at, updated_at)");
        for (int i = 0; i < reviews.size(); i++) {
            Picks.Pick rating = reviews.get(i);
            catalog.keyFields(script, UserRows.uid(rating.user()), rating.title());
            script.field(body(rng));
            script.field(rng.oneIn(20) ? "t" : "f"); // 5 % are spoilers
            script.timestampTwice(Math.min(Days.COUNT - 1, rating.day() + rng.nextInt(3)), rng.nextInt(86400));
            script.endRow();
        }
        script.endCopy();
    }

    /** 1 to 31 sentences, most reviews short. */
    private static String body(Rng rng) {
        int sentences = 1 + (int) Math.min(30, Math.abs(rng.gaussian() * 5));
        StringBuilder body = new StringBuilder();
        for (int k = 0; k < sentences; k++) {
            body.append(k == 0 ? "" : " ").append(rng.pick(Words.REVIEW));
        }
        return body.toString();
    }
}
