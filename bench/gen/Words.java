import java.text.Normalizer;

/**
 * The vocabulary of titles, overviews and reviews. No word of a title except those of {@link #AB}
 * contains "ab" (not even without its accents, as the search compares with unaccent), which is
 * what makes the share of titles matching the benchmarked search q=ab exact.
 */
final class Words {

    static final String[] ADJ = {
        "Dark",
        "Silent",
        "Last",
        "Lost",
        "Hidden",
        "Broken",
        "Golden",
        "Crimson",
        "Final",
        "Eternal",
        "Wild",
        "Frozen",
        "Burning",
        "Secret",
        "Midnight",
        "Northern",
        "Distant",
        "Little",
        "Great",
        "Hollow",
        "Savage",
        "Quiet",
        "Electric",
        "Wicked",
        "Bitter",
        "Sweet",
        "Lonely",
        "Endless",
        "Fallen",
        "Red",
        "Blue",
        "Green",
        "White",
        "Black",
        "Silver",
        "Iron",
        "Young",
        "Old",
        "Strange",
        "Perfect",
        "Deadly",
        "Holy",
        "Forgotten",
        "Second",
        "Crooked",
        "Brilliant",
        "Gentle",
        "Restless",
        "Shining",
        "Violent",
        "Tender",
        "Empty"
    };
    static final String[] NOUN = {
        "Knight",
        "River",
        "Storm",
        "Empire",
        "Garden",
        "Shadow",
        "Summer",
        "Winter",
        "City",
        "Road",
        "House",
        "Heart",
        "Ocean",
        "Mountain",
        "Dream",
        "Star",
        "Island",
        "Kingdom",
        "Forest",
        "Machine",
        "Ghost",
        "Hunter",
        "Queen",
        "King",
        "Soldier",
        "Stranger",
        "Mirror",
        "Promise",
        "Journey",
        "Night",
        "Morning",
        "Fire",
        "Rain",
        "Thunder",
        "Wolf",
        "Tiger",
        "Horizon",
        "Legacy",
        "Secret",
        "Witness",
        "Prophecy",
        "Voyage",
        "Harbor",
        "Frontier",
        "Signal",
        "Station",
        "Circle",
        "Symphony",
        "Detective",
        "Doctor",
        "Mission",
        "Game",
        "Town",
        "Valley",
        "Desert",
        "Bridge",
        "Tower",
        "Letter",
        "Memory",
        "Paradise",
        "Escape",
        "Return",
        "Rising",
        "Code"
    };
    static final String[] NAME = {
        "Anna", "Max", "Leo", "Mia", "Oscar", "Nora", "Hugo", "Ella", "Victor", "Iris", "Felix", "Rosa", "Jonas",
        "Clara", "Omar", "Yuki", "Ravi", "Sofia", "Theo", "Vera", "Emil", "Lena", "Marco", "Ines", "Tom", "Zoe"
    };
    /** Each contains "ab": a title gets one of these with probability 0.1, so q=ab matches ~10 %. */
    static final String[] AB = {
        "Abyss",
        "Fable",
        "Cabin",
        "Sabotage",
        "Babylon",
        "Arabian",
        "Label",
        "Crab",
        "Tabula",
        "Abbey",
        "Cable",
        "Absolution",
        "Abandon",
        "Jabberwock",
        "Kebab",
        "Alphabet",
        "Rabbit",
        "Unstable",
        "Lullaby",
        "Habit",
        "Mirabel",
        "Cabaret",
        "Ability",
        "Abduction",
        "Parable",
        "Vocabulary",
        "Grab",
        "Abroad",
        "Saber",
        "Stab"
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
        "who must confront the past",
        "caught in a war they did not choose",
        "searching for a missing brother",
        "on the last night of summer",
        "racing against a deadly storm",
        "who discovers a secret that changes everything",
        "trying to save the family business",
        "in a city that never sleeps",
        "far from home",
        "on a journey north"
    };
    static final String[] REVIEW = {
        "Loved every minute of it.", "The pacing drags in the middle.", "Stunning photography.",
        "The lead performance carries the whole film.", "Not as good as everyone says.", "Funnier than expected.",
        "The ending stayed with me for days.", "Too long by half an hour.", "A great soundtrack.",
        "I would watch it again.", "The script is clever but cold.", "Solid, if forgettable.",
        "One of the best of its year.", "The effects have not aged well.", "Perfect for a rainy evening.",
        "The villain steals every scene.", "I fell asleep twice.", "Beautifully acted and directed."
    };

    private Words() {}

    /** Fails if a word list that must not contain "ab" does (a word added carelessly). */
    static void checkOnlyAbWordsContainAb() {
        for (String[] list : new String[][] {ADJ, NOUN, NAME, FOREIGN}) {
            for (String word : list) {
                if (Normalizer.normalize(word, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase()
                        .contains("ab")) {
                    throw new IllegalStateException("word contains ab: " + word);
                }
            }
        }
    }
}
