package com.frameratr.recommendations;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.recommendations.model.Factors;
import com.frameratr.recommendations.model.ImplicitAls;
import com.frameratr.recommendations.model.Neighbours;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The built models (V22): a model row with its factors, its titles' neighbours, and the reads of both. */
@Repository
class ModelRepository {

    private static final String INSERT_MODEL = """
            INSERT INTO recommendation_models
                (factors, users, titles, signals, title_index, title_factors, rating_mean, build_ms)
            VALUES (:factors, :users, :titles, :signals, :index, :factorBytes, :ratingMean, :buildMs)
            RETURNING id
            """;

    private static final String INSERT_SIMILARITIES = """
            INSERT INTO title_similarities (model_id, kind, title_id, rank, similar_kind, similar_id, score)
            SELECT :model, kind, title_id, rank, similar_kind, similar_id, score
            FROM unnest(CAST(:kinds AS text[]), CAST(:ids AS integer[]), CAST(:ranks AS smallint[]),
                        CAST(:similarKinds AS text[]), CAST(:similarIds AS integer[]), CAST(:scores AS real[]))
                 AS s (kind, title_id, rank, similar_kind, similar_id, score)
            """;

    // this model and the one before it stay: an instance that has not refreshed yet still serves that one
    private static final String DELETE_OLDER = """
            DELETE FROM recommendation_models
            WHERE id < (SELECT min(id) FROM (SELECT id FROM recommendation_models ORDER BY id DESC LIMIT 2) kept)
            """;

    private static final String LATEST = "SELECT max(id) FROM recommendation_models";

    private static final String LOAD = """
            SELECT factors, titles, title_index, title_factors, rating_mean
            FROM recommendation_models WHERE id = :id
            """;

    private static final String WIDTH = "SELECT coalesce(max(rank), 0) FROM title_similarities WHERE model_id = :id";

    // every neighbour row of a model, once per model and instance: served from memory afterwards
    private static final String NEIGHBOURS = """
            SELECT kind, title_id, rank, similar_kind, similar_id, score
            FROM title_similarities
            WHERE model_id = :id
            """;

    private static final int ROWS_PER_INSERT = 10_000;

    record Built(int users, long signals, double ratingMean, long buildMs) {}

    private final JdbcClient jdbc;

    ModelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a whole model in one transaction and drops all but it and its predecessor. */
    @Transactional
    long save(List<TitleRef> titles, Factors factors, Neighbours neighbours, Built built) {
        ByteBuffer index = ByteBuffer.allocate(titles.size() * 5);
        for (TitleRef title : titles) {
            index.put((byte) (title.kind() == TitleKind.TV ? 1 : 0)).putInt(title.id());
        }
        ByteBuffer factorBytes = ByteBuffer.allocate(factors.titleFactors().length * 4);
        factorBytes.asFloatBuffer().put(factors.titleFactors());
        long id = jdbc.sql(INSERT_MODEL)
                .param("factors", factors.factors())
                .param("users", built.users())
                .param("titles", titles.size())
                .param("signals", built.signals())
                .param("index", index.array())
                .param("factorBytes", factorBytes.array())
                .param("ratingMean", built.ratingMean())
                .param("buildMs", built.buildMs())
                .query(Long.class)
                .single();
        insertSimilarities(id, titles, neighbours);
        jdbc.sql(DELETE_OLDER).update();
        return id;
    }

    private void insertSimilarities(long model, List<TitleRef> titles, Neighbours neighbours) {
        Chunk chunk = new Chunk();
        int k = neighbours.k();
        for (int t = 0; t < titles.size(); t++) {
            for (int n = 0; n < k; n++) {
                int other = neighbours.ids()[t * k + n];
                if (other < 0) {
                    break;
                }
                chunk.add(titles.get(t), n + 1, titles.get(other), neighbours.scores()[t * k + n]);
                if (chunk.size == ROWS_PER_INSERT) {
                    insert(model, chunk);
                }
            }
        }
        insert(model, chunk);
    }

    /** Up to {@link #ROWS_PER_INSERT} rows as the columns of one {@code unnest} insert. */
    private static final class Chunk {

        final String[] kinds = new String[ROWS_PER_INSERT];
        final int[] ids = new int[ROWS_PER_INSERT];
        final short[] ranks = new short[ROWS_PER_INSERT];
        final String[] similarKinds = new String[ROWS_PER_INSERT];
        final int[] similarIds = new int[ROWS_PER_INSERT];
        final float[] scores = new float[ROWS_PER_INSERT];
        int size;

        void add(TitleRef title, int rank, TitleRef similar, float score) {
            kinds[size] = title.kind().code();
            ids[size] = title.id();
            ranks[size] = (short) rank;
            similarKinds[size] = similar.kind().code();
            similarIds[size] = similar.id();
            scores[size] = score;
            size++;
        }
    }

    private void insert(long model, Chunk chunk) {
        if (chunk.size == 0) {
            return;
        }
        int size = chunk.size;
        jdbc.sql(INSERT_SIMILARITIES)
                .param("model", model)
                .param("kinds", java.util.Arrays.copyOf(chunk.kinds, size))
                .param("ids", java.util.Arrays.copyOf(chunk.ids, size))
                .param("ranks", java.util.Arrays.copyOf(chunk.ranks, size))
                .param("similarKinds", java.util.Arrays.copyOf(chunk.similarKinds, size))
                .param("similarIds", java.util.Arrays.copyOf(chunk.similarIds, size))
                .param("scores", java.util.Arrays.copyOf(chunk.scores, size))
                .update();
        chunk.size = 0;
    }

    Optional<Long> latestId() {
        return jdbc.sql(LATEST).query(Long.class).optional();
    }

    /**
     * The model as an instance serves it, its stored neighbours included (one snapshot: a rebuild
     * deleting it meanwhile cannot leave the factors without their neighbours), or empty when it was
     * deleted.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Optional<TasteModel> load(long id, ImplicitAls params) {
        Optional<TasteModel> model = jdbc.sql(LOAD)
                .param("id", id)
                .query((rs, n) -> {
                    int factors = rs.getInt(1);
                    int count = rs.getInt(2);
                    ByteBuffer index = ByteBuffer.wrap(rs.getBytes(3));
                    float[] vectors = new float[count * factors];
                    ByteBuffer.wrap(rs.getBytes(4)).asFloatBuffer().get(vectors);
                    List<TitleRef> titles = new ArrayList<>(count);
                    for (int t = 0; t < count; t++) {
                        TitleKind kind = index.get() == 1 ? TitleKind.TV : TitleKind.MOVIE;
                        titles.add(new TitleRef(kind, index.getInt()));
                    }
                    return TasteModel.of(
                            id,
                            titles,
                            Factors.of(factors, count, vectors, params.withFactors(factors)),
                            rs.getDouble(5));
                })
                .optional();
        return model.map(this::withNeighbours);
    }

    private TasteModel withNeighbours(TasteModel model) {
        int k = jdbc.sql(WIDTH).param("id", model.id()).query(Integer.class).single();
        int titles = model.titles().size();
        int[] ids = new int[k * titles];
        float[] scores = new float[k * titles];
        java.util.Arrays.fill(ids, -1);
        jdbc.sql(NEIGHBOURS).param("id", model.id()).withFetchSize(10_000).query(rs -> {
            Integer title = model.index().get(new TitleRef(TitleKind.ofCode(rs.getString(1)), rs.getInt(2)));
            Integer similar = model.index().get(new TitleRef(TitleKind.ofCode(rs.getString(4)), rs.getInt(5)));
            if (title != null && similar != null) {
                int slot = title * k + rs.getInt(3) - 1;
                ids[slot] = similar;
                scores[slot] = rs.getFloat(6);
            }
        });
        return model.withNeighbours(new Neighbours(k, titles, ids, scores));
    }
}
