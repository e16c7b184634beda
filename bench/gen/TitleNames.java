/** Titles built from {@link Words}: a handful of English patterns, and foreign original titles. */
final class TitleNames {

    private TitleNames() {}

    /** An English title; with {@code ab} one of its words is replaced by a word containing "ab". */
    static String title(Rng rng, boolean ab) {
        String[] words = pattern(rng);
        if (ab) {
            int i = words[0].equals("The") ? 1 + rng.nextInt(words.length - 1) : rng.nextInt(words.length);
            if (words[i].matches("\\d+|of|the")) {
                i = 0;
            }
            words[i] = rng.pick(Words.AB);
        }
        return String.join(" ", words);
    }

    private static String[] pattern(Rng rng) {
        return switch (rng.nextInt(8)) {
            case 0, 1 -> new String[] {"The", rng.pick(Words.ADJ), rng.pick(Words.NOUN)};
            case 2 -> new String[] {rng.pick(Words.NOUN), "of", "the", rng.pick(Words.NOUN)};
            case 3 -> new String[] {rng.pick(Words.ADJ), rng.pick(Words.NOUN)};
            case 4 -> new String[] {"The", rng.pick(Words.NOUN)};
            case 5 -> new String[] {rng.pick(Words.NAME) + "'s", rng.pick(Words.NOUN)};
            case 6 -> new String[] {rng.pick(Words.NOUN), rng.pick(Words.NOUN)};
            default -> new String[] {rng.pick(Words.ADJ), rng.pick(Words.NOUN), String.valueOf(2 + rng.nextInt(4))};
        };
    }

    /** The original title in the original language: English titles are their own. */
    static String original(Rng rng, String title, String language) {
        return language.equals("en")
                ? title
                : rng.pick(Words.FOREIGN) + " " + rng.pick(Words.FOREIGN).toLowerCase();
    }
}
