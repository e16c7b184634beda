// FrameRatr benchmark data generator.
//
//   java bench/Gen.java small | psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres frameratr
//
// Writes ONE psql script to stdout: the load preamble (bench/load-pre.sql), then every table as an
// inline "COPY ... FROM STDIN" block, then bench/load-post.sql. psql streams it straight into the
// server, so nothing is staged on disk and the generator runs on one core while PostgreSQL ingests
// on the other. Deterministic for a given scale and seed.
//
// The shape of the data (what makes it "realistic" for the hot paths):
//   * titles: movies with ids 1..M and TV shows (M/10) with ids 1..T in their own id space; words
//     chosen so that exactly the titles given an "ab" word contain "ab" (10 %), so q=ab matches
//     ~10 %; popularity falls off as a power of the popularity rank, ranks shuffled against ids.
//   * ratings: users rate a power-law (Pareto, alpha 1.3) number of titles, scaled to the exact
//     total; each rating picks a title from a Zipf-Mandelbrot distribution over popularity rank
//     (distinct per user), so a few titles get most ratings. Movie 1 is rated by exactly 10,000
//     users (the issue measures /api/movies/1). Values on the 0.5 steps: title quality + user bias
//     + noise, whole numbers 3x as likely as halves (like MovieLens' whole stars).
//   * reviews: an exact-size uniform sample of the ratings (Knuth's selection sampling), so they
//     follow the same skew; favorites: an exact-size sample of the ratings >= 8.
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

public class Gen {

    record Scale(int movies, int users, long ratings, int reviews, int favorites, int maxPerUser) {}

    static Scale scale(String name) {
        return switch (name) {
            case "tiny" -> new Scale(10_000, 2_000, 200_000, 20_000, 10_000, 2_000);
            case "small" -> new Scale(100_000, 20_000, 2_000_000, 200_000, 100_000, 5_000);
            case "large" -> new Scale(1_000_000, 200_000, 25_000_000, 2_500_000, 1_000_000, 10_000);
            default -> throw new IllegalArgumentException("scale must be tiny, small or large: " + name);
        };
    }

    static final int MOVIE_1_RATINGS = 10_000;

    // ---- output -----------------------------------------------------------------------------
    static final StringBuilder sb = new StringBuilder(1 << 21);
    static OutputStream out;

    static void flushIfFull() throws IOException {
        if (sb.length() > (1 << 20)) {
            flush();
        }
    }

    static void flush() throws IOException {
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        sb.setLength(0);
    }

    static void raw(String text) throws IOException {
        sb.append(text);
        flush();
    }

    // ---- timestamps: day strings precomputed, time of day by arithmetic ----------------------
    static final int DAYS = 365 * 6; // 2020-01-01 .. 2025-12-30
    static final String[] DAY = new String[DAYS];

    static {
        var d = java.time.LocalDate.of(2020, 1, 1);
        for (int i = 0; i < DAYS; i++) {
            DAY[i] = d.plusDays(i) + " ";
        }
    }

    static void timestamp(int day, int second) {
        sb.append(DAY[day]);
        int h = second / 3600, m = second / 60 % 60, s = second % 60;
        two(h).append(':');
        two(m).append(':');
        two(s).append("+00");
    }

    static StringBuilder two(int v) {
        if (v < 10) {
            sb.append('0');
        }
        return sb.append(v);
    }

    static void ratingValue(int halfSteps) { // 1..20 -> 0.5..10.0
        sb.append(halfSteps / 2).append((halfSteps & 1) == 0 ? ".0" : ".5");
    }

    // ---- words (none contains "ab"; checked at start) -----------------------------------------
    static final String[] ADJ = {
        "Dark", "Silent", "Last", "Lost", "Hidden", "Broken", "Golden", "Crimson", "Final", "Eternal", "Wild",
        "Frozen", "Burning", "Secret", "Midnight", "Northern", "Distant", "Little", "Great", "Hollow", "Savage",
        "Quiet", "Electric", "Wicked", "Bitter", "Sweet", "Lonely", "Endless", "Fallen", "Red", "Blue", "Green",
        "White", "Black", "Silver", "Iron", "Young", "Old", "Strange", "Perfect", "Deadly", "Holy", "Forgotten",
        "Second", "Crooked", "Brilliant", "Gentle", "Restless", "Shining", "Violent", "Tender", "Empty"
    };
    static final String[] NOUN = {
        "Knight", "River", "Storm", "Empire", "Garden", "Shadow", "Summer", "Winter", "City", "Road", "House",
        "Heart", "Ocean", "Mountain", "Dream", "Star", "Island", "Kingdom", "Forest", "Machine", "Ghost", "Hunter",
        "Queen", "King", "Soldier", "Stranger", "Mirror", "Promise", "Journey", "Night", "Morning", "Fire", "Rain",
        "Thunder", "Wolf", "Tiger", "Horizon", "Legacy", "Secret", "Witness", "Prophecy", "Voyage", "Harbor",
        "Frontier", "Signal", "Station", "Circle", "Symphony", "Detective", "Doctor", "Mission", "Game", "Town",
        "Valley", "Desert", "Bridge", "Tower", "Letter", "Memory", "Paradise", "Escape", "Return", "Rising", "Code"
    };
    static final String[] NAME = {
        "Anna", "Max", "Leo", "Mia", "Oscar", "Nora", "Hugo", "Ella", "Victor", "Iris", "Felix", "Rosa", "Jonas",
        "Clara", "Omar", "Yuki", "Ravi", "Sofia", "Theo", "Vera", "Emil", "Lena", "Marco", "Ines", "Tom", "Zoe"
    };
    // each contains "ab": a title gets one of these with probability 0.1
    static final String[] AB = {
        "Abyss", "Fable", "Cabin", "Sabotage", "Babylon", "Arabian", "Label", "Crab", "Tabula", "Abbey", "Cable",
        "Absolution", "Abandon", "Jabberwock", "Kebab", "Alphabet", "Rabbit", "Unstable", "Lullaby", "Habit",
        "Mirabel", "Cabaret", "Ability", "Abduction", "Parable", "Vocabulary", "Grab", "Abroad", "Saber", "Stab"
    };
    static final String[] FOREIGN = {
        "Été", "Nuit", "Mañana", "Corazón", "Über", "Straße", "Sombra", "Rêve", "Lune", "Cielo", "Sueño", "Tempête",
        "Fuego", "Vida", "Amor", "Noche", "Città", "Dolce", "Notte", "Mädchen", "Himmel", "Wald", "Sonne", "Ciudad",
        "Jour", "Mer", "Fleur", "Père", "Zeit", "Liebe", "Kaze", "Yume", "Sora", "Hana", "Tsuki", "Umi", "Ningen"
    };
    static final String[] LANG = {"en", "en", "en", "en", "en", "en", "fr", "es", "de", "ja", "ko", "it", "hi", "zh"};
    static final String[] PHRASE = {
        "A story about", "An unforgettable tale of", "The true account of", "A sharp comedy about",
        "A slow-burning thriller following", "An epic saga of", "A tender portrait of", "A darkly funny look at"
    };
    static final String[] WHO = {
        "a retired detective", "two estranged sisters", "a young pilot", "a small-town mayor", "a reluctant hero",
        "a family of farmers", "an ambitious chef", "a lonely astronaut", "a group of students", "a disgraced doctor",
        "a street musician", "an old smuggler", "a runaway prince", "a gifted mathematician", "a night-shift nurse"
    };
    static final String[] WHAT = {
        "who must confront the past", "caught in a war they did not choose", "searching for a missing brother",
        "on the last night of summer", "racing against a deadly storm", "who discovers a secret that changes everything",
        "trying to save the family business", "in a city that never sleeps", "far from home", "on a journey north"
    };
    static final String[] REVIEW = {
        "Loved every minute of it.", "The pacing drags in the middle.", "Stunning photography.",
        "The lead performance carries the whole film.", "Not as good as everyone says.", "Funnier than expected.",
        "The ending stayed with me for days.", "Too long by half an hour.", "A great soundtrack.",
        "I would watch it again.", "The script is clever but cold.", "Solid, if forgettable.",
        "One of the best of its year.", "The effects have not aged well.", "Perfect for a rainy evening.",
        "The villain steals every scene.", "I fell asleep twice.", "Beautifully acted and directed."
    };

    // movie genres, then TV genres (TMDb ids)
    static final int[] MOVIE_GENRES = {28, 12, 16, 35, 80, 99, 18, 10751, 14, 36, 27, 10402, 9648, 10749, 878, 10770, 53, 10752, 37};
    static final double[] MOVIE_GENRE_WEIGHT = {8, 4, 3, 12, 5, 6, 18, 3, 3, 2, 6, 2, 3, 6, 4, 2, 8, 1, 1};
    static final int[] TV_GENRES = {10759, 16, 35, 80, 99, 18, 10751, 10762, 9648, 10763, 10764, 10765, 10766, 10767, 10768, 37};
    static final double[] TV_GENRE_WEIGHT = {5, 4, 10, 5, 4, 12, 3, 3, 3, 1, 4, 4, 2, 2, 1, 1};

    static final String GENRES_COPY = """
            28	Action
            12	Adventure
            16	Animation
            35	Comedy
            80	Crime
            99	Documentary
            18	Drama
            10751	Family
            14	Fantasy
            36	History
            27	Horror
            10402	Music
            9648	Mystery
            10749	Romance
            878	Science Fiction
            10770	TV Movie
            53	Thriller
            10752	War
            37	Western
            10759	Action & Adventure
            10762	Kids
            10763	News
            10764	Reality
            10765	Sci-Fi & Fantasy
            10766	Soap
            10767	Talk
            10768	War & Politics
            """;

    static SplittableRandom rnd;

    static <T> T pick(T[] a) {
        return a[rnd.nextInt(a.length)];
    }

    static int weighted(double[] cumulative) {
        double u = rnd.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        return i >= 0 ? i : -i - 1;
    }

    static double[] cumulate(double[] w) {
        double[] c = new double[w.length];
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            c[i] = s += w[i];
        }
        return c;
    }

    static double gaussian() {
        return rnd.nextGaussian();
    }

    static String titleText(boolean ab) {
        String[] words = switch (rnd.nextInt(8)) {
            case 0, 1 -> new String[] {"The", pick(ADJ), pick(NOUN)};
            case 2 -> new String[] {pick(NOUN), "of", "the", pick(NOUN)};
            case 3 -> new String[] {pick(ADJ), pick(NOUN)};
            case 4 -> new String[] {"The", pick(NOUN)};
            case 5 -> new String[] {pick(NAME) + "'s", pick(NOUN)};
            case 6 -> new String[] {pick(NOUN), pick(NOUN)};
            default -> new String[] {pick(ADJ), pick(NOUN), String.valueOf(2 + rnd.nextInt(4))};
        };
        if (ab) {
            int i = words[0].equals("The") ? 1 + rnd.nextInt(words.length - 1) : rnd.nextInt(words.length);
            if (words[i].matches("\\d+|of|the")) {
                i = 0;
            }
            words[i] = pick(AB);
        }
        return String.join(" ", words);
    }

    static String base62(int len) {
        String chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            c[i] = chars.charAt(rnd.nextInt(62));
        }
        return new String(c);
    }

    static String uid(int user) {
        return "u" + String.format("%06d", user + 1);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java bench/Gen.java tiny|small|large [seed]");
            System.exit(2);
        }
        Scale sc = scale(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        rnd = new SplittableRandom(seed);
        for (String[] list : new String[][] {ADJ, NOUN, NAME, FOREIGN}) { // the words of titles {
            for (String w : list) {
                if (java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "").toLowerCase().contains("ab")) {
                    throw new IllegalStateException("word contains ab: " + w);
                }
            }
        }
        Path dir = Path.of(args.length > 2 ? args[2] : "bench");
        out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false);
        out = new java.io.BufferedOutputStream(out, 1 << 20);
        long t0 = System.nanoTime();

        int movies = sc.movies(), tv = sc.movies() / 10, titles = movies + tv;
        raw("\\set scale " + args[0] + "\n");
        raw(Files.readString(dir.resolve("load-pre.sql")));

        // ---- genres ----
        raw("COPY genres (id, name) FROM STDIN;\n" + GENRES_COPY + "\\.\n");

        // ---- popularity ranks: rank r -> title index (0..movies-1 movies, then TV); movie 1 at rank 7 ----
        int[] byRank = new int[titles];
        for (int i = 0; i < titles; i++) {
            byRank[i] = i;
        }
        for (int i = titles - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = byRank[i];
            byRank[i] = byRank[j];
            byRank[j] = t;
        }
        for (int r = 0; r < titles; r++) {
            if (byRank[r] == 0) {
                byRank[r] = byRank[7];
                byRank[7] = 0;
                break;
            }
        }
        int[] rankOf = new int[titles];
        for (int r = 0; r < titles; r++) {
            rankOf[byRank[r]] = r;
        }
        float[] quality = new float[titles];
        for (int i = 0; i < titles; i++) {
            quality[i] = (float) Math.max(2.5, Math.min(9.3, 6.7 + 1.0 * gaussian()));
        }

        // ---- users ----
        // the load skips triggers (session_replication_role): the handle, which V4's trigger would
        // derive, is given here, unique like every handle (name and number)
        raw("COPY users (uid, handle, email, display_name, created_at) FROM STDIN;\n");
        for (int u = 0; u < sc.users(); u++) {
            String name = pick(NAME);
            sb.append(uid(u)).append('\t').append(name.toLowerCase()).append('_').append(u + 1).append('\t');
            sb.append(name.toLowerCase()).append('.').append(u + 1)
                    .append("@example.com\t").append(name).append(' ').append((char) ('A' + rnd.nextInt(26)))
                    .append(".\t");
            timestamp(rnd.nextInt(DAYS / 2), rnd.nextInt(86400));
            sb.append('\n');
            flushIfFull();
        }
        raw("\\.\n");

        // ---- titles and their genres ----
        double[] movieGenreCum = cumulate(MOVIE_GENRE_WEIGHT), tvGenreCum = cumulate(TV_GENRE_WEIGHT);
        StringBuilder titleGenres = new StringBuilder(titles * 24);
        raw("COPY titles (kind, id, title, original_title, original_language, overview, release_date, poster_path,"
                + " backdrop_path, runtime, number_of_seasons, number_of_episodes, vote_average, vote_count,"
                + " popularity, tmdb_synced_at) FROM STDIN;\n");
        for (int i = 0; i < titles; i++) {
            boolean movie = i < movies;
            int id = movie ? i + 1 : i - movies + 1;
            String kind = movie ? "movie" : "tv";
            int rank = rankOf[i];
            boolean ab = rnd.nextInt(10) == 0;
            String title = i == 0 ? "The Dark Knight" : titleText(ab);
            String lang = pick(LANG);
            String original = lang.equals("en") ? title : pick(FOREIGN) + " " + pick(FOREIGN).toLowerCase();
            int year = 2025 - (int) Math.min(105, Math.abs(gaussian() * 25));
            sb.append(kind).append('\t').append(id).append('\t').append(title).append('\t').append(original)
                    .append('\t').append(lang).append('\t').append(pick(PHRASE)).append(' ').append(pick(WHO))
                    .append(' ').append(pick(WHAT)).append(". ").append(pick(PHRASE)).append(' ').append(pick(WHO))
                    .append(' ').append(pick(WHAT)).append(".\t").append(year).append('-');
            two(1 + rnd.nextInt(12)).append('-');
            two(1 + rnd.nextInt(28)).append('\t');
            sb.append(rnd.nextInt(20) == 0 ? "\\N" : "/" + base62(27) + ".jpg").append('\t');
            sb.append(rnd.nextInt(10) == 0 ? "\\N" : "/" + base62(27) + ".jpg").append('\t');
            if (movie) {
                sb.append(75 + (int) Math.abs(gaussian() * 25)).append("\t\\N\t\\N\t");
            } else {
                int seasons = 1 + (int) Math.abs(gaussian() * 3);
                sb.append(20 + rnd.nextInt(40)).append('\t').append(seasons).append('\t')
                        .append(seasons * (6 + rnd.nextInt(18))).append('\t');
            }
            double voteAvg = Math.max(0, Math.min(10, quality[i] + 0.4 * gaussian()));
            sb.append(Math.round(voteAvg * 1000) / 1000.0).append('\t')
                    .append((int) (30000 / Math.pow(rank + 1, 0.8)) + rnd.nextInt(5)).append('\t')
                    .append(Math.round((5000 / Math.pow(rank + 1, 0.75) + 0.6 * rnd.nextDouble()) * 1000) / 1000.0)
                    .append('\t');
            timestamp(DAYS - 1 - rnd.nextInt(60), rnd.nextInt(86400));
            sb.append('\n');
            flushIfFull();
            int n = 1 + rnd.nextInt(3);
            int first = -1, second = -1;
            for (int g = 0; g < n; g++) {
                int genre = movie ? MOVIE_GENRES[weighted(movieGenreCum)] : TV_GENRES[weighted(tvGenreCum)];
                if (genre == first || genre == second) {
                    continue;
                }
                if (g == 0) {
                    first = genre;
                } else {
                    second = genre;
                }
                titleGenres.append(kind).append('\t').append(id).append('\t').append(genre).append('\n');
            }
        }
        raw("\\.\n");
        raw("COPY title_genres (kind, title_id, genre_id) FROM STDIN;\n");
        sb.append(titleGenres);
        titleGenres = null;
        raw("\\.\n");

        // ---- ratings per user: power-law counts scaled to the exact total ----
        int users = sc.users();
        double[] rawCount = new double[users];
        for (int u = 0; u < users; u++) {
            rawCount[u] = Math.pow(1 - rnd.nextDouble(), -1 / 1.3); // Pareto(alpha 1.3, xmin 1)
        }
        int[] count = new int[users];
        double lo = 0, hi = sc.ratings();
        for (int it = 0; it < 100; it++) { // bisection on the scale factor
            double f = (lo + hi) / 2;
            long sum = 0;
            for (int u = 0; u < users; u++) {
                sum += Math.max(1, Math.min(sc.maxPerUser(), Math.round(rawCount[u] * f)));
            }
            if (sum < sc.ratings()) {
                lo = f;
            } else {
                hi = f;
            }
        }
        long sum = 0;
        for (int u = 0; u < users; u++) {
            count[u] = (int) Math.max(1, Math.min(sc.maxPerUser(), Math.round(rawCount[u] * hi)));
            sum += count[u];
        }
        while (sum != sc.ratings()) { // fix the rounding residue one rating at a time
            int u = rnd.nextInt(users);
            if (sum < sc.ratings() && count[u] < sc.maxPerUser()) {
                count[u]++;
                sum++;
            } else if (sum > sc.ratings() && count[u] > 1) {
                count[u]--;
                sum--;
            }
        }
        // exactly MOVIE_1_RATINGS users rate movie 1 (index 0), which the Zipf draw never picks
        boolean[] ratesMovie1 = new boolean[users];
        int movie1Ratings = Math.min(MOVIE_1_RATINGS, users / 2); // tiny has fewer users
        for (int chosen = 0; chosen < movie1Ratings; ) {
            int u = rnd.nextInt(users);
            if (!ratesMovie1[u]) {
                ratesMovie1[u] = true;
                chosen++;
            }
        }
        // Zipf-Mandelbrot over popularity rank: p(r) ~ 1 / (r + 1 + q)^s
        double s = 1.0, q = 5;
        double[] zipf = new double[titles];
        double acc = 0;
        for (int r = 0; r < titles; r++) {
            zipf[r] = acc += 1 / Math.pow(r + 1 + q, s);
        }
        float[] userBias = new float[users];
        for (int u = 0; u < users; u++) {
            userBias[u] = (float) (0.8 * gaussian());
        }

        int[] seen = new int[titles];
        Arrays.fill(seen, -1);
        long remainingRatings = sc.ratings();
        long reviewsLeft = sc.reviews();
        int[] reviewUser = new int[sc.reviews()], reviewTitle = new int[sc.reviews()];
        int[] reviewDay = new int[sc.reviews()];
        int nReviews = 0;
        int favCap = (int) Math.min(Integer.MAX_VALUE - 8, sc.ratings() / 2);
        int[] favUser = new int[1 << 20], favTitle = new int[1 << 20], favDay = new int[1 << 20];
        int nFav = 0;
        raw("COPY ratings (uid, kind, title_id, rating_val, created_at, updated_at) FROM STDIN;\n");
        for (int u = 0; u < users; u++) {
            String uid = uid(u);
            int startDay = rnd.nextInt(DAYS - 30);
            for (int k = 0; k < count[u]; k++) {
                int t;
                if (k == 0 && ratesMovie1[u]) {
                    t = 0;
                } else {
                    do {
                        double x = rnd.nextDouble() * acc;
                        int r = Arrays.binarySearch(zipf, x);
                        t = byRank[r >= 0 ? r : -r - 1];
                    } while (t == 0 || seen[t] == u);
                }
                seen[t] = u;
                double v = quality[t] + userBias[u] + 1.5 * gaussian();
                int half = rnd.nextInt(4) == 0 ? (int) Math.round(v * 2) : 2 * (int) Math.round(v);
                half = Math.max(1, Math.min(20, half));
                int day = startDay + rnd.nextInt(DAYS - startDay);
                int sec = rnd.nextInt(86400);
                boolean movie = t < movies;
                sb.append(uid).append(movie ? "\tmovie\t" : "\ttv\t").append(movie ? t + 1 : t - movies + 1)
                        .append('\t');
                ratingValue(half);
                sb.append('\t');
                int mark = sb.length();
                timestamp(day, sec);
                sb.append('\t').append(sb, mark, sb.length() - 1).append('\n');
                flushIfFull();
                // selection sampling: exactly sc.reviews() of the ratings, uniformly
                if (reviewsLeft > 0 && rnd.nextDouble() * remainingRatings < reviewsLeft) {
                    reviewUser[nReviews] = u;
                    reviewTitle[nReviews] = t;
                    reviewDay[nReviews] = day;
                    nReviews++;
                    reviewsLeft--;
                }
                remainingRatings--;
                if (half >= 16) {
                    if (nFav == favUser.length) {
                        int n = Math.min(favCap, favUser.length * 2);
                        favUser = Arrays.copyOf(favUser, n);
                        favTitle = Arrays.copyOf(favTitle, n);
                        favDay = Arrays.copyOf(favDay, n);
                    }
                    favUser[nFav] = u;
                    favTitle[nFav] = t;
                    favDay[nFav] = day;
                    nFav++;
                }
            }
        }
        raw("\\.\n");
        if (nReviews != sc.reviews() || remainingRatings != 0) {
            throw new IllegalStateException("sampling off: " + nReviews + " reviews, " + remainingRatings + " left");
        }

        // ---- reviews ----
        raw("COPY reviews (uid, kind, title_id, body, spoiler, created_at, updated_at) FROM STDIN;\n");
        for (int i = 0; i < nReviews; i++) {
            int t = reviewTitle[i];
            boolean movie = t < movies;
            sb.append(uid(reviewUser[i])).append(movie ? "\tmovie\t" : "\ttv\t").append(movie ? t + 1 : t - movies + 1)
                    .append('\t');
            int sentences = 1 + (int) Math.min(30, Math.abs(gaussian() * 5));
            for (int k = 0; k < sentences; k++) {
                sb.append(k == 0 ? "" : " ").append(pick(REVIEW));
            }
            sb.append(rnd.nextInt(20) == 0 ? "\tt\t" : "\tf\t");
            int mark = sb.length();
            timestamp(Math.min(DAYS - 1, reviewDay[i] + rnd.nextInt(3)), rnd.nextInt(86400));
            sb.append('\t').append(sb, mark, sb.length() - 1).append('\n');
            flushIfFull();
        }
        raw("\\.\n");

        // ---- favorites: an exact-size sample of the ratings >= 8 (partial Fisher-Yates) ----
        int nFavorites = Math.min(sc.favorites(), nFav);
        raw("COPY favorites (uid, kind, title_id, created_at) FROM STDIN;\n");
        for (int i = 0; i < nFavorites; i++) {
            int j = i + rnd.nextInt(nFav - i);
            int fu = favUser[j], ft = favTitle[j], fd = favDay[j];
            favUser[j] = favUser[i];
            favTitle[j] = favTitle[i];
            favDay[j] = favDay[i];
            boolean movie = ft < movies;
            sb.append(uid(fu)).append(movie ? "\tmovie\t" : "\ttv\t").append(movie ? ft + 1 : ft - movies + 1)
                    .append('\t');
            timestamp(Math.min(DAYS - 1, fd + rnd.nextInt(30)), rnd.nextInt(86400));
            sb.append('\n');
            flushIfFull();
        }
        raw("\\.\n");

        raw(Files.readString(dir.resolve("load-post.sql")));
        out.flush();
        System.err.printf("Gen %s: %d titles, %d users, %d ratings, %d reviews, %d favorites generated in %.1f s%n",
                args[0], titles, users, sc.ratings(), nReviews, nFavorites, (System.nanoTime() - t0) / 1e9);
    }
}
