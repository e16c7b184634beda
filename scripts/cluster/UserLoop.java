import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One user of the load: one request at a time (so each user's writes are ordered, which is what
 * lets the checks know which write must have won), 50..150 ms apart, until the run stops. The mix
 * per 100 requests is in {@link #read}, {@link #write} and, for hot-row, {@link #hotRow}.
 */
final class UserLoop {

    private static final int MAX_OPS_PER_USER = 5_000;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    /** Shared by all users, so each TMDb miss asks for a title nobody asked for before. */
    private static final AtomicInteger FRESH_IDS = new AtomicInteger();

    private final String scenario;
    private final Account account;
    private final Client client;
    private final Journal journal;
    /** Created on the user's own thread (ThreadLocalRandom is per thread). */
    private final ThreadLocalRandom rnd = ThreadLocalRandom.current();
    /** The last acknowledged review id per title, for deleting it by id. */
    private final Map<Integer, Long> reviewIds = new HashMap<>();

    private int seq;

    UserLoop(String scenario, Account account, Client client, Journal journal) {
        this.scenario = scenario;
        this.account = account;
        this.client = client;
        this.journal = journal;
    }

    /** Must run on the thread that constructed it. */
    void run() {
        while (!journal.stopped() && seq < MAX_OPS_PER_USER) {
            seq++;
            boolean hot = scenario.equals("hot-row");
            int title = hot ? Titles.HOT : Titles.randomMovie(rnd);
            int pick = rnd.nextInt(100);
            if (hot) {
                hotRow(pick, title);
            } else if (pick < 38) {
                read(pick, title);
            } else {
                write(pick, title);
            }
            Sleep.until(System.currentTimeMillis() + rnd.nextInt(50, 150));
        }
    }

    /** Nearly every request writes the one hot title. */
    private void hotRow(int pick, int title) {
        if (pick < 75) {
            putRating(title);
        } else if (pick < 90) {
            deleteRating(title);
        } else {
            get("movie", "/api/movies/" + title);
        }
    }

    private void read(int pick, int title) {
        if (pick < 6) {
            get("movies", "/api/movies?page=" + rnd.nextInt(1, 4) + "&limit=20");
        } else if (pick < 9) {
            get("search", "/api/movies?q=cluster%20movie%2010");
        } else if (pick < 15) {
            get("movie", "/api/movies/" + title);
        } else if (pick < 18) {
            get("reviews", "/api/movies/" + title + "/reviews");
        } else if (pick < 20) {
            get("tv", rnd.nextBoolean() ? "/api/tv" : "/api/tv/1396");
        } else if (pick < 23) {
            getMine("me", "/api/me");
        } else if (pick < 26) {
            getMine("my-ratings", "/api/me/ratings");
        } else if (pick < 28) {
            getMine("my-reviews", "/api/me/reviews");
        } else if (pick < 31) {
            getMine("my-favorites", "/api/favorites/movies");
        } else {
            get("tmdb-cached", Titles.WARM_PATHS.get(rnd.nextInt(Titles.WARM_PATHS.size())));
        }
    }

    /** The writes, and in the tmdb scenario the requests that need TMDb; the rest reads a TMDb list. */
    private void write(int pick, int title) {
        if (pick < 48) {
            putRating(title);
        } else if (pick < 52) {
            deleteRating(title);
        } else if (pick < 58) {
            postReview(title);
        } else if (pick < 60 && reviewIds.containsKey(title)) {
            deleteReview(title);
        } else if (pick < 66) {
            write("favorite-post", "POST", "/api/favorites/movies/" + title, "favorite|" + title, "yes", null);
        } else if (pick < 70) {
            write("favorite-delete", "DELETE", "/api/favorites/movies/" + title, "favorite|" + title, null, null);
        } else if (pick < 72) {
            String name = "Name " + seq;
            write("profile-patch", "PATCH", "/api/me", "profile", name, "{\"display_name\": \"" + name + "\"}");
        } else if (scenario.equals("tmdb") && pick < 78) {
            // a miss: a title TMDb has but nobody asked for yet
            get("tmdb-miss", "/api/tmdb/movie/" + (150_000 + FRESH_IDS.incrementAndGet()));
        } else if (scenario.equals("tmdb") && pick < 80) {
            // a write that needs an import from TMDb first
            int id = 160_000 + FRESH_IDS.incrementAndGet();
            write("favorite-import", "POST", "/api/favorites/movies/" + id, "favorite|" + id, "yes", null);
        } else {
            get("tmdb-list", "/api/tmdb/trending/movies?time_window=day");
        }
    }

    /** 0.5..10.0 in half steps; the effect has one decimal, as the checks read the stored value. */
    private void putRating(int title) {
        BigDecimal v = BigDecimal.valueOf(rnd.nextInt(1, 21)).divide(BigDecimal.TWO);
        String path = "/api/movies/" + title + "/rating";
        write(
                "rating-put",
                "PUT",
                path,
                "rating|" + title,
                v.setScale(1).toPlainString(),
                "{\"rating_val\": " + v + "}");
    }

    private void deleteRating(int title) {
        write("rating-delete", "DELETE", "/api/movies/" + title + "/rating", "rating|" + title, null, null);
    }

    /** Non-ASCII text, to see it stored unchanged. */
    private void postReview(int title) {
        String body = "review " + account.uid() + " #" + seq + " – ünïcødé ✓";
        Op op = write(
                "review-post",
                "POST",
                "/api/reviews",
                "review|" + title,
                body,
                "{\"movie_id\": " + title + ", \"body\": \"" + body + "\"}");
        if (op.outcome() == Outcome.OK) {
            Matcher m = ID.matcher(op.body());
            if (m.find()) {
                reviewIds.put(title, Long.parseLong(m.group(1)));
            }
        } else {
            reviewIds.remove(title);
        }
    }

    private void deleteReview(int title) {
        write("review-delete", "DELETE", "/api/reviews/" + reviewIds.get(title), "review|" + title, null, null);
        reviewIds.remove(title);
    }

    private void get(String action, String path) {
        client.send(account.uid(), seq, Request.get(action, path));
    }

    private void getMine(String action, String path) {
        client.send(account.uid(), seq, Request.authenticated(action, "GET", path, account.token()));
    }

    private Op write(String action, String method, String path, String key, String effect, String json) {
        return client.send(account.uid(), seq, Request.write(action, method, path, account.token(), key, effect, json));
    }
}
