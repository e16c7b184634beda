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

    private static final String SIMILAR = """
            SELECT similar_kind, similar_id
            FROM title_similarities
            WHERE model_id = :model AND kind = :kind AND title_id = :id
            ORDER BY rank
            LIMIT :limit
            """;

    // the sources' neighbour ranges, only the rows that name one of the picks: a page of reasons
    // reads up to 1,000 rows and sends back a few dozen
    private static final String NEIGHBOURS_AMONG = """
            SELECT s.kind, s.title_id, s.similar_kind, s.similar_id, s.score
            FROM unnest(CAST(:kinds AS text[]), CAST(:ids AS integer[])) AS u (kind, title_id)
            JOIN title_similarities s ON s.model_id = :model AND s.kind = u.kind AND s.title_id = u.title_id
            WHERE (s.similar_kind, s.similar_id) IN (
                SELECT * FROM unnest(CAST(:similarKinds AS text[]), CAST(:similarIds AS integer[])))
            """;

    private static final int ROWS_PER_INSERT = 10_000;

    record Built(int users, long signals, double ratingMean, long buildMs) {}

    record Neighbour(TitleRef title, TitleRef similar, float score) {}

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

    /** The model as an instance serves it, or empty when it was deleted meanwhile. */
    Optional<TasteModel> load(long id, ImplicitAls params) {
        return jdbc.sql(LOAD)
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
    }

    /** A title's most similar titles in a model, most similar first. */
    List<TitleRef> similarTo(long model, TitleRef title, int limit) {
        return jdbc.sql(SIMILAR)
                .param("model", model)
                .param("kind", title.kind().code())
                .param("id", title.id())
                .param("limit", limit)
                .query((rs, n) -> new TitleRef(TitleKind.ofCode(rs.getString(1)), rs.getInt(2)))
                .list();
    }

    /** The stored neighbours of each of {@code titles} in a model that are among {@code similar}. */
    List<Neighbour> neighboursAmong(long model, List<TitleRef> titles, List<TitleRef> similar) {
        if (titles.isEmpty() || similar.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(NEIGHBOURS_AMONG)
                .param("model", model)
                .param("kinds", titles.stream().map(t -> t.kind().code()).toArray(String[]::new))
                .param("ids", titles.stream().mapToInt(TitleRef::id).toArray())
                .param(
                        "similarKinds",
                        similar.stream().map(t -> t.kind().code()).toArray(String[]::new))
                .param("similarIds", similar.stream().mapToInt(TitleRef::id).toArray())
                .query((rs, n) -> new Neighbour(
                        new TitleRef(TitleKind.ofCode(rs.getString(1)), rs.getInt(2)),
                        new TitleRef(TitleKind.ofCode(rs.getString(3)), rs.getInt(4)),
                        rs.getFloat(5)))
                .list();
    }
}
