import java.io.IOException;

/** The favorites table: an exact-size sample of the ratings of 8 or more (partial Fisher-Yates). */
final class FavoriteRows {

    private FavoriteRows() {}

    /** Returns the number of favorites written (fewer than the scale's if there are fewer candidates). */
    static int write(Script script, Rng rng, Catalog catalog, Picks candidates, Scale scale) throws IOException {
        int count = Math.min(scale.favorites(), candidates.size());
        script.beginCopy("favorites (uid, kind, title_id, created_at)");
        for (int i = 0; i < count; i++) {
            int j = i + rng.nextInt(candidates.size() - i);
            Picks.Pick rating = candidates.get(j);
            candidates.copy(i, j);
            catalog.keyFields(script, UserRows.uid(rating.user()), rating.title());
            script.timestamp(Math.min(Days.COUNT - 1, rating.day() + rng.nextInt(30)), rng.nextInt(86400));
            script.endRow();
        }
        script.endCopy();
        return count;
    }
}
