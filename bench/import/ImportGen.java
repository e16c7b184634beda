import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A realistic Letterboxd export for bench/import.sh, and the TMDb movies its fake search knows.
 * {@code java ImportGen.java FILMS SEED OUT_DIR} writes OUT_DIR/letterboxd.zip and
 * OUT_DIR/searchable.tsv. Per 1,000 films, about as a keen Letterboxd user's export: 1,400 diary
 * rows (a third with tags, 15 % rewatches, some rewatched the same day), 1,000 ratings, 1,000
 * watched rows (every film: the diary's repeat), 80 reviews with commas, quotes and line breaks,
 * 150 watchlist titles, 120 liked films, 3 lists of 50. Names repeat across years (remakes), 3 %
 * are dated a year off TMDb's release, 1 % have two TMDb films of the same name and year
 * (ambiguous), 1 % are unknown to TMDb (unmatched).
 */
public class ImportGen {

    record Film(String name, int year, int tmdbYear, boolean known, boolean twin) {}

    public static void main(String[] args) throws IOException {
        int films = Integer.parseInt(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        String[] words = {
            "Night", "River", "Amélie", "Glass", "Summer", "Ghost", "Heat", "Paris", "Storm", "Silent", "Red", "Winter",
            "Garden", "Iron", "Lost", "Blue", "City", "Dream", "Fire", "Shadow", "Kid", "Road"
        };
        List<Film> list = new ArrayList<>();
        for (int i = 0; i < films; i++) {
            String name = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " "
                    + (i % 97 == 0 ? "" : Integer.toString(i / 2));
            name = name.strip();
            int year = 1930 + random.nextInt(95);
            double p = random.nextDouble();
            // 3 % a year off, 1 % twins (two TMDb films, one name and year), 1 % unknown to TMDb
            list.add(new Film(name, year, p < 0.03 ? year + 1 : year, p < 0.04 || p >= 0.05, p >= 0.03 && p < 0.04));
        }
        try (Writer tsv = Files.newBufferedWriter(out.resolve("searchable.tsv"), StandardCharsets.UTF_8)) {
            int id = 200_000;
            for (Film film : list) {
                id++;
                if (!film.known()) {
                    continue;
                }
                tsv.write(id + "\t" + film.name() + "\t" + film.name() + "\t" + film.tmdbYear() + "-06-01\t"
                        + random.nextInt(100) + "\n");
                if (film.twin()) {
                    tsv.write((id + 500_000) + "\t" + film.name() + "\t" + film.name() + "\t" + film.tmdbYear()
                            + "-09-01\t1\n");
                }
            }
        }
        StringBuilder diary = new StringBuilder("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n");
        StringBuilder reviews =
                new StringBuilder("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n");
        StringBuilder ratings = new StringBuilder("Date,Name,Year,Letterboxd URI,Rating\n");
        StringBuilder watched = new StringBuilder("Date,Name,Year,Letterboxd URI\n");
        StringBuilder watchlist = new StringBuilder("Date,Name,Year,Letterboxd URI\n");
        StringBuilder likes = new StringBuilder("Date,Name,Year,Letterboxd URI\n");
        LocalDate start = LocalDate.of(2015, 1, 1);
        int diaryRows = films * 14 / 10;
        for (int i = 0; i < diaryRows; i++) {
            Film film = list.get(i < films ? i : random.nextInt(films));
            LocalDate day = start.plusDays(random.nextInt(3600));
            String rating = Double.toString((1 + random.nextInt(10)) / 2.0).replace(".0", "");
            String rewatch = i >= films ? "Yes" : "";
            String tags = random.nextInt(3) == 0
                    ? "\"cinema, " + words[random.nextInt(words.length)].toLowerCase() + "\""
                    : "";
            String row = day + "," + csv(film.name()) + "," + film.year() + ",https://boxd.it/d" + i + "," + rating
                    + "," + rewatch + ",";
            if (i < films * 8 / 100) {
                reviews.append(row)
                        .append("\"A review, with \"\"quotes\"\",\nand a second line.\",")
                        .append(tags)
                        .append(",")
                        .append(day)
                        .append("\n");
            }
            diary.append(row).append(tags).append(",").append(day).append("\n");
            if (i % 50 == 7) { // a rewatch the same day
                diary.append(row.replace(",,", ",Yes,")).append(",").append(day).append("\n");
            }
        }
        for (int i = 0; i < films; i++) {
            Film film = list.get(i);
            String uri = ",https://boxd.it/f" + i;
            ratings.append("2024-01-01,")
                    .append(csv(film.name()))
                    .append(",")
                    .append(film.year())
                    .append(uri)
                    .append(",")
                    .append(Double.toString((1 + random.nextInt(10)) / 2.0).replace(".0", ""))
                    .append("\n");
            watched.append("2024-01-01,")
                    .append(csv(film.name()))
                    .append(",")
                    .append(film.year())
                    .append(uri)
                    .append("\n");
            if (i % 8 == 3) {
                likes.append("2024-01-01,")
                        .append(csv(film.name()))
                        .append(",")
                        .append(film.year())
                        .append(uri)
                        .append("\n");
            }
        }
        for (int i = 0; i < films * 15 / 100; i++) {
            Film film = list.get(random.nextInt(films));
            watchlist
                    .append("2024-02-01,")
                    .append(csv(film.name()))
                    .append(",")
                    .append(film.year() + 1)
                    .append(",u\n");
        }
        try (OutputStream file = Files.newOutputStream(out.resolve("letterboxd.zip"));
                ZipOutputStream zip = new ZipOutputStream(file)) {
            entry(zip, "diary.csv", diary);
            entry(zip, "reviews.csv", reviews);
            entry(zip, "ratings.csv", ratings);
            entry(zip, "watched.csv", watched);
            entry(zip, "watchlist.csv", watchlist);
            entry(zip, "likes/films.csv", likes);
            for (int l = 1; l <= 3; l++) {
                StringBuilder listCsv =
                        new StringBuilder("Letterboxd list export v7\nDate,Name,Tags,URL,Description\n2024-03-01,List "
                                + l + ",,https://letterboxd.com/u/list/" + l
                                + "/,\"Fifty films, in order.\"\n\nPosition,Name,Year,URL,Description\n");
                for (int p = 1; p <= 50; p++) {
                    Film film = list.get(random.nextInt(films));
                    listCsv.append(p)
                            .append(",")
                            .append(csv(film.name()))
                            .append(",")
                            .append(film.year())
                            .append(",u,")
                            .append(p % 5 == 0 ? "\"A note, here.\"" : "")
                            .append("\n");
                }
                entry(zip, "lists/list-" + l + ".csv", listCsv);
            }
        }
    }

    static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static void entry(ZipOutputStream zip, String name, StringBuilder text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
