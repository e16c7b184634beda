package com.frameratr.recommendations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The taste model on a hand-built dataset with two taste clusters: users 0-5 like titles 0-4,
 * users 6-11 titles 5-9, every signal a favorite; users 5 and 11 have seen only the first three
 * titles of their cluster (0-2 and 5-7).
 */
class TasteModelTests {

    static final int USERS = 12;
    static final int TITLES = 10;

    /** Users 5 and 11: the partial ones. */
    static final int PARTIAL_A = 5;

    static final int PARTIAL_B = 11;

    static Interactions twoClusters() {
        Interactions.Builder builder = Interactions.builder(USERS, TITLES);
        for (int u = 0; u < USERS; u++) {
            int first = u < 6 ? 0 : 5;
            int seen = u == PARTIAL_A || u == PARTIAL_B ? 3 : 5;
            for (int t = first; t < first + seen; t++) {
                builder.add(u, t, Signals.LIKED);
            }
        }
        return builder.build();
    }

    static IntPredicate excluding(int... titles) {
        return t -> {
            for (int excluded : titles) {
                if (t == excluded) {
                    return true;
                }
            }
            return false;
        };
    }

    // k 4, shrinkage 5: a pair shared by 5 users keeps half its cosine, by 6 users 6/11
    static final ItemNeighbours KNN = new ItemNeighbours(4, 5, 100, 1);

    // cosine of two titles both liked by the same 6 users (0 and 1), shrunk by 6 / (6 + 5)
    static final double SIX_SHARED = 6.0 / 11;
    // titles 0 and 3: 5 shared users of 6 and 5, cosine 5 / sqrt(30), shrunk by 5 / (5 + 5)
    static final double FIVE_OF_SIX = 5 / Math.sqrt(30) * 0.5;

    @Test
    void itemNeighboursAreTheShrunkCosinesWithinTheCluster() {
        Neighbours neighbours = KNN.train(twoClusters());

        // title 0 (6 users): titles 1 and 2 (the same 6 users), then 3 and 4 (5 of them)
        assertThat(Arrays.copyOfRange(neighbours.ids(), 0, 4)).containsExactly(1, 2, 3, 4);
        assertThat(neighbours.scores()[0]).isCloseTo((float) SIX_SHARED, within(1e-6f));
        assertThat(neighbours.scores()[2]).isCloseTo((float) FIVE_OF_SIX, within(1e-6f));
        // title 3 (5 users): title 4 (the same 5, cosine 1, shrunk by 5 / 10), then 0, 1, 2
        assertThat(Arrays.copyOfRange(neighbours.ids(), 12, 16)).containsExactly(4, 0, 1, 2);
        assertThat(neighbours.scores()[12]).isCloseTo(0.5f, within(1e-6f));
    }

    @Test
    void itemNeighboursRecommendThePartialUserTheRestOfTheirClusterOnly() {
        Interactions data = twoClusters();
        Neighbours neighbours = KNN.train(data);

        float[] scoresA = neighbours.scores(data.titlesOf(PARTIAL_A), data.valuesOf(PARTIAL_A));
        float[] scoresB = neighbours.scores(data.titlesOf(PARTIAL_B), data.valuesOf(PARTIAL_B));

        // all seven unseen titles, best first: the cluster's two, then the other cluster's at 0
        assertThat(TopScores.best(scoresA, 10, excluding(0, 1, 2))).containsExactly(3, 4, 5, 6, 7, 8, 9);
        assertThat(TopScores.best(scoresB, 10, excluding(5, 6, 7))).containsExactly(8, 9, 0, 1, 2, 3, 4);
        assertThat(scoresA[3]).isCloseTo((float) (3 * FIVE_OF_SIX), within(1e-6f));
        assertThat(scoresA[4]).isEqualTo(scoresA[3]);
        assertThat(new float[] {scoresA[5], scoresA[6], scoresA[7], scoresA[8], scoresA[9]})
                .containsOnly(0f);
        assertThat(new float[] {scoresB[0], scoresB[1], scoresB[2], scoresB[3], scoresB[4]})
                .containsOnly(0f);
    }

    @Test
    void implicitAlsFoldInRecommendsThePartialUserTheRestOfTheirClusterFirst() {
        Interactions data = twoClusters();
        Factors factors = ImplicitAls.defaults(1).train(data);

        float[] scoresA = factors.scores(factors.foldIn(data.titlesOf(PARTIAL_A), data.valuesOf(PARTIAL_A)));
        float[] scoresB = factors.scores(factors.foldIn(data.titlesOf(PARTIAL_B), data.valuesOf(PARTIAL_B)));

        assertThat(TopScores.best(scoresA, 2, excluding(0, 1, 2))).containsExactlyInAnyOrder(3, 4);
        assertThat(TopScores.best(scoresB, 2, excluding(5, 6, 7))).containsExactlyInAnyOrder(8, 9);
        // every title of the other cluster below both of the own cluster's unseen titles
        for (int other = 5; other < 10; other++) {
            assertThat(scoresA[other]).isLessThan(Math.min(scoresA[3], scoresA[4]));
        }
        for (int other = 0; other < 5; other++) {
            assertThat(scoresB[other]).isLessThan(Math.min(scoresB[8], scoresB[9]));
        }
    }

    @Test
    void factorsReadBackFoldInTheSameUser() {
        Interactions data = twoClusters();
        ImplicitAls als = new ImplicitAls(4, 0.1, 20, 3, 1, 7);
        Factors trained = als.train(data);
        Factors reread = Factors.of(4, TITLES, trained.titleFactors(), als);

        assertThat(reread.gram()).containsExactly(trained.gram());
        assertThat(reread.foldIn(data.titlesOf(3), data.valuesOf(3)))
                .containsExactly(trained.foldIn(data.titlesOf(3), data.valuesOf(3)));
    }

    @Test
    void scoresAreEachTitlesDotProductWithTheUserVector() {
        Interactions data = twoClusters();
        Factors trained = new ImplicitAls(4, 0.1, 20, 3, 1, 7).train(data);
        float[] user = trained.foldIn(data.titlesOf(3), data.valuesOf(3));

        float[] scores = trained.scores(user);

        assertThat(scores).hasSize(TITLES);
        for (int title = 0; title < TITLES; title++) {
            float[] vector = trained.titleVector(title);
            float dot = 0;
            for (int k = 0; k < vector.length; k++) {
                dot += user[k] * vector[k];
            }
            assertThat(scores[title]).as("title %d", title).isEqualTo(dot);
        }
    }

    // a new user who watched 0 (cluster A, a weak signal) and liked 5 (cluster B): B's titles first
    static final int[] WITHOUT = {0, 5};
    static final float[] WITHOUT_VALUES = {Signals.WATCHED, Signals.LIKED};
    // the same user also disliked 6, the twin of 5 and 7 (the same six users liked all three)
    static final int[] WITH = {0, 5, 6};
    static final float[] WITH_VALUES = {Signals.WATCHED, Signals.LIKED, -1};

    @Test
    void aDislikedTitlePushesItsNeighboursDownInItemNeighbours() {
        Neighbours neighbours = KNN.train(twoClusters());

        float[] without = neighbours.scores(WITHOUT, WITHOUT_VALUES);
        float[] with = neighbours.scores(WITH, WITH_VALUES);

        assertThat(TopScores.best(without, 10, excluding(WITH))).containsExactly(7, 8, 9, 1, 2, 3, 4);
        assertThat(without[7]).isCloseTo((float) SIX_SHARED, within(1e-6f));
        assertThat(without[8]).isCloseTo((float) FIVE_OF_SIX, within(1e-6f));
        assertThat(without[1]).isCloseTo((float) (SIX_SHARED / 2), within(1e-6f));
        // 6's neighbours 7, 8 and 9 lose exactly what 5 gave them: cluster A comes first
        assertThat(TopScores.best(with, 10, excluding(WITH))).containsExactly(1, 2, 3, 4, 7, 8, 9);
        assertThat(new float[] {with[7], with[8], with[9]}).containsOnly(0f);
        assertThat(with[1]).isEqualTo(without[1]);
    }

    @Test
    void aDislikedTitlePushesItsNeighboursDownInTheFoldIn() {
        Factors factors = ImplicitAls.defaults(1).train(twoClusters());

        float[] without = factors.scores(factors.foldIn(WITHOUT, WITHOUT_VALUES));
        float[] with = factors.scores(factors.foldIn(WITH, WITH_VALUES));

        // 7 first without the dislike, behind cluster A's 1 and 2 with it (1 and 2 are twins: a tie)
        assertThat(TopScores.best(without, 3, excluding(WITH))).containsExactly(7, 1, 2);
        assertThat(TopScores.best(with, 3, excluding(WITH))).containsExactly(1, 2, 7);
        for (int t = 7; t < 10; t++) {
            assertThat(with[t]).isLessThan(without[t]);
        }
    }

    @Test
    void topScoresAreBestFirstWithTiesToTheLowerIndexAndExclusionsLeftOut() {
        float[] scores = {0.5f, 0.9f, 0.5f, 0.1f, 0.9f, Float.NaN, -2f};

        assertThat(TopScores.best(scores, 3, excluding())).containsExactly(1, 4, 0);
        assertThat(TopScores.best(scores, 3, excluding(1))).containsExactly(4, 0, 2);
        // more asked than there are: every scored title once, NaN never
        assertThat(TopScores.best(scores, 10, excluding(3))).containsExactly(1, 4, 0, 2, 6);

        TopScores top = new TopScores(2);
        top.offer(8, 1f);
        top.offer(3, 1f);
        top.offer(5, 1f);
        int[] ids = new int[2];
        float[] values = new float[2];
        top.drainInto(ids, values, 0);
        assertThat(ids).containsExactly(3, 5);
        assertThat(values).containsExactly(1f, 1f);
        assertThat(top.size()).isZero();
    }

    @Test
    void theBuilderKeepsTheStrongerOfTwoSignalsForAPair() {
        Interactions data = Interactions.builder(2, 4)
                .add(0, 3, Signals.WATCHLISTED)
                .add(0, 3, -0.75f) // a rating well below the mean outweighs the watchlist
                .add(0, 1, 0.5f)
                .add(0, 1, -0.5f) // a tie: the like
                .add(1, 2, Signals.rating(9.5, 7))
                .add(1, 2, Signals.LIKED) // the favorite outweighs the rating
                .add(1, 0, Signals.WATCHED)
                .build();

        assertThat(data.size()).isEqualTo(4);
        assertThat(data.titlesOf(0)).containsExactly(1, 3);
        assertThat(data.valuesOf(0)).containsExactly(0.5f, -0.75f);
        assertThat(data.titlesOf(1)).containsExactly(0, 2);
        assertThat(data.valuesOf(1)).containsExactly(0.5f, 1f);
        assertThat(data.titleCounts()).containsExactly(1, 1, 1, 1);
    }

    @ParameterizedTest
    @ValueSource(floats = {1.0001f, -1.0001f, 2f, Float.NaN, Float.POSITIVE_INFINITY})
    void theBuilderRejectsASignalOutsideMinusOneToOne(float value) {
        Interactions.Builder builder = Interactions.builder(1, 1);

        assertThatThrownBy(() -> builder.add(0, 0, value)).isInstanceOf(IllegalArgumentException.class);
        assertThat(builder.add(0, 0, 1f).add(0, 0, -1f).build().valuesOf(0)).containsExactly(1f);
    }

    @Test
    void signalsAreRatingsAroundTheShrunkMeanOfTheUser() {
        // two ratings of 9 and a site mean of 6: (18 + 5 * 6) / (2 + 5)
        assertThat(Signals.userMean(18, 2, 6)).isCloseTo(48.0 / 7, within(1e-12));
        assertThat(Signals.rating(9, 7)).isEqualTo(0.5f);
        assertThat(Signals.rating(5, 7)).isEqualTo(-0.5f);
        assertThat(Signals.rating(10, 2)).isEqualTo(1f);
        assertThat(Signals.rating(0.5, 9)).isEqualTo(-1f);
    }
}
