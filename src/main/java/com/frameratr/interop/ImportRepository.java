package com.frameratr.interop;

import com.frameratr.catalog.TitleKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Import jobs and their rows ({@code import_jobs}, {@code import_rows}). */
@Repository
class ImportRepository {

    /** Rows inserted per statement when an upload is stored. */
    private static final int INSERT_CHUNK = 1000;

    private static final String CREATE_JOB = """
            INSERT INTO import_jobs (uid, source, status, file_name)
            VALUES (:uid, :source, 'matching', :fileName)
            RETURNING id
            """;

    private static final String INSERT_ROWS = """
            INSERT INTO import_rows (job_id, row_no, source_file, source_line, fact, kind, name, year, tmdb_id,
                                     status, match_rule, duplicate_of, data)
            SELECT :job, r.row_no, r.source_file, r.source_line, r.fact, r.kind, r.name, r.year, r.tmdb_id,
                   r.status, r.match_rule, r.duplicate_of, coalesce(r.data, '{}')
            FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(
                row_no integer, source_file text, source_line integer, fact text, kind text, name text,
                year integer, tmdb_id integer, status text, match_rule text, duplicate_of integer, data jsonb)
            """;

    private static final String JOB_COLUMNS =
            "id, uid, source, status, file_name, commit_step, applied, error, created_at, finished_at";

    private static final String OPEN_JOB_OF = "SELECT id FROM import_jobs WHERE uid = :uid AND finished_at IS NULL";

    // the job whose turn is oldest among those with work and no live worker; taken for :lease
    private static final String CLAIM = """
            UPDATE import_jobs
            SET lease_until = clock_timestamp() + make_interval(secs => :leaseSeconds)
            WHERE id = (SELECT id FROM import_jobs
                        WHERE status IN ('matching', 'committing')
                          AND (lease_until IS NULL OR lease_until < clock_timestamp())
                        ORDER BY turn_at
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED)
            RETURNING\s""" + JOB_COLUMNS;

    private static final String COUNTS = """
            SELECT status, count(*) AS n FROM import_rows WHERE job_id = :job GROUP BY status
            """;

    // the distinct titles still to match, a few at a time
    private static final String PENDING_TITLES = """
            SELECT DISTINCT kind, name, year, tmdb_id
            FROM import_rows
            WHERE job_id = :job AND status = 'pending'
            LIMIT :limit
            """;

    private static final String SET_MATCH = """
            UPDATE import_rows
            SET status = :status, tmdb_id = :tmdbId, match_rule = :rule, candidates = CAST(:candidates AS jsonb)
            WHERE job_id = :job
              AND status = 'pending'
              AND kind = :kind
              AND name IS NOT DISTINCT FROM :name
              AND year IS NOT DISTINCT FROM :year
              AND tmdb_id IS NOT DISTINCT FROM :givenId
            """;

    // the user's choice for one row applies to every row that names the same title and still
    // waits for one or was chosen before (never to duplicates, nor to rows skipped for a reason of
    // their own)
    private static final String RESOLVE = """
            UPDATE import_rows r
            SET status = :status, tmdb_id = :tmdbId, match_rule = :rule
            FROM import_rows chosen
            WHERE chosen.job_id = :job
              AND chosen.row_no = :row
              AND r.job_id = :job
              AND (r.row_no = :row
                   OR (r.kind = chosen.kind
                       AND r.name IS NOT DISTINCT FROM chosen.name
                       AND r.year IS NOT DISTINCT FROM chosen.year
                       AND (r.status IN ('matched', 'ambiguous', 'unmatched')
                            OR (r.status = 'skipped' AND r.match_rule = 'skipped-by-user'))))
            """;

    private static final String ROW_COLUMNS = """
            SELECT row_no, source_file, source_line, fact, kind, name, year, tmdb_id, status, match_rule,
                   candidates, duplicate_of, data
            FROM import_rows
            """;

    // two statements, not one with "(:status IS NULL OR ...)": each has its own index range
    // (import_rows_pkey; import_rows_status_idx), whichever plan PostgreSQL caches
    private static final String ROWS_PAGE = ROW_COLUMNS + """
            WHERE job_id = :job AND row_no > :after
            ORDER BY job_id, row_no
            LIMIT :limit
            """;

    private static final String ROWS_PAGE_BY_STATUS = ROW_COLUMNS + """
            WHERE job_id = :job AND status = :status AND row_no > :after
            ORDER BY job_id, status, row_no
            LIMIT :limit
            """;

    private static final String ONE_ROW = ROW_COLUMNS + "WHERE job_id = :job AND row_no = :row";

    record Row(
            int rowNo,
            String sourceFile,
            int sourceLine,
            String fact,
            @Nullable TitleKind kind,
            @Nullable String name,
            @Nullable Integer year,
            @Nullable Integer tmdbId,
            RowStatus status,
            @Nullable String rule,
            List<TitleMatch.Candidate> candidates,
            @Nullable Integer duplicateOf,
            JsonNode data) {}

    /** A distinct title still to match, as the rows name it. */
    record PendingTitle(
            TitleKind kind,
            @Nullable String name,
            @Nullable Integer year,
            @Nullable Integer tmdbId) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<ImportJob> jobMapper;
    private final RowMapper<Row> rowMapper;

    ImportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.jobMapper = (rs, n) -> new ImportJob(
                rs.getLong("id"),
                rs.getString("uid"),
                ImportSource.ofCode(rs.getString("source")).orElseThrow(),
                ImportJob.Status.ofCode(rs.getString("status")),
                rs.getString("file_name"),
                rs.getInt("commit_step"),
                json.readValue(rs.getString("applied"), new TypeReference<LinkedHashMap<String, Long>>() {}),
                rs.getString("error"),
                instant(rs, "created_at"),
                rs.getObject("finished_at") == null ? null : instant(rs, "finished_at"));
        this.rowMapper = (rs, n) -> new Row(
                rs.getInt("row_no"),
                rs.getString("source_file"),
                rs.getInt("source_line"),
                rs.getString("fact"),
                rs.getString("kind") == null ? null : TitleKind.ofCode(rs.getString("kind")),
                rs.getString("name"),
                rs.getObject("year", Integer.class),
                rs.getObject("tmdb_id", Integer.class),
                RowStatus.ofCode(rs.getString("status")),
                rs.getString("match_rule"),
                rs.getString("candidates") == null
                        ? List.of()
                        : json.readValue(
                                rs.getString("candidates"), new TypeReference<List<TitleMatch.Candidate>>() {}),
                rs.getObject("duplicate_of", Integer.class),
                json.readTree(rs.getString("data")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    Optional<Long> openJobOf(String uid) {
        return jdbc.sql(OPEN_JOB_OF).param("uid", uid).query(Long.class).optional();
    }

    /** Creates the job with its rows (call in a transaction); the unique index refuses a second open one. */
    long create(String uid, ImportSource source, @Nullable String fileName, List<ImportFact> facts) {
        long job = jdbc.sql(CREATE_JOB)
                .param("uid", uid)
                .param("source", source.code())
                .param("fileName", fileName)
                .query(Long.class)
                .single();
        for (int from = 0; from < facts.size(); from += INSERT_CHUNK) {
            List<Map<String, Object>> chunk = new ArrayList<>();
            for (ImportFact fact : facts.subList(from, Math.min(facts.size(), from + INSERT_CHUNK))) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("row_no", fact.rowNo());
                row.put("source_file", fact.sourceFile());
                row.put("source_line", fact.sourceLine());
                row.put("fact", fact.fact().code());
                row.put("kind", fact.kind() == null ? null : fact.kind().code());
                row.put("name", fact.name());
                row.put("year", fact.year());
                row.put("tmdb_id", fact.tmdbId());
                row.put("status", fact.status().code());
                row.put("match_rule", fact.rule());
                row.put("duplicate_of", fact.duplicateOf());
                row.put("data", fact.data());
                chunk.add(row);
            }
            jdbc.sql(INSERT_ROWS)
                    .param("job", job)
                    .param("rows", json.writeValueAsString(chunk))
                    .update();
        }
        return job;
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql("SELECT " + JOB_COLUMNS + " FROM import_jobs WHERE id = :id")
                .param("id", id)
                .query(jobMapper)
                .optional();
    }

    /** Takes the next job with work for {@code lease}, or empty when there is none free. */
    Optional<ImportJob> claim(java.time.Duration lease) {
        return jdbc.sql(CLAIM)
                .param("leaseSeconds", lease.toMillis() / 1000.0)
                .query(jobMapper)
                .optional();
    }

    /** Extends this worker's hold on the job; false when the job is gone (discarded, purged). */
    boolean renew(long job, java.time.Duration lease) {
        return jdbc.sql("""
                        UPDATE import_jobs SET lease_until = clock_timestamp() + make_interval(secs => :leaseSeconds)
                        WHERE id = :job
                        """)
                        .param("job", job)
                        .param("leaseSeconds", lease.toMillis() / 1000.0)
                        .update()
                == 1;
    }

    /** Lets go of the job and puts it at the back of the queue, noting why it waits (or clearing that). */
    void release(long job, @Nullable String error) {
        jdbc.sql("""
                UPDATE import_jobs SET lease_until = NULL, turn_at = clock_timestamp(), error = :error
                WHERE id = :job
                """).param("job", job).param("error", error).update();
    }

    Map<RowStatus, Long> counts(long job) {
        Map<RowStatus, Long> counts = new EnumMap<>(RowStatus.class);
        for (RowStatus status : RowStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql(COUNTS)
                .param("job", job)
                .query((rs, n) -> Map.entry(RowStatus.ofCode(rs.getString("status")), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    List<PendingTitle> pendingTitles(long job, int limit) {
        return jdbc.sql(PENDING_TITLES)
                .param("job", job)
                .param("limit", limit)
                .query((rs, n) -> new PendingTitle(
                        TitleKind.ofCode(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getObject("year", Integer.class),
                        rs.getObject("tmdb_id", Integer.class)))
                .list();
    }

    /** Records how a pending title matched, on every pending row that names it. */
    int setMatch(long job, PendingTitle title, TitleMatch match) {
        return jdbc.sql(SET_MATCH)
                .param("job", job)
                .param("status", match.status().code())
                .param("tmdbId", match.tmdbId() != null ? match.tmdbId() : title.tmdbId())
                .param("rule", match.rule())
                .param("candidates", match.candidates().isEmpty() ? null : json.writeValueAsString(match.candidates()))
                .param("kind", title.kind().code())
                .param("name", title.name())
                .param("year", title.year())
                .param("givenId", title.tmdbId())
                .update();
    }

    /** The user's choice for a row (and the rows naming the same title): a TMDb id, or skip. */
    int resolve(long job, int row, RowStatus status, @Nullable Integer tmdbId, String rule) {
        return jdbc.sql(RESOLVE)
                .param("job", job)
                .param("row", row)
                .param("status", status.code())
                .param("tmdbId", tmdbId)
                .param("rule", rule)
                .update();
    }

    Optional<Row> row(long job, int row) {
        return jdbc.sql(ONE_ROW)
                .param("job", job)
                .param("row", row)
                .query(rowMapper)
                .optional();
    }

    List<Row> rows(long job, @Nullable RowStatus status, int after, int limit) {
        var statement = status == null
                ? jdbc.sql(ROWS_PAGE)
                : jdbc.sql(ROWS_PAGE_BY_STATUS).param("status", status.code());
        return statement
                .param("job", job)
                .param("after", after)
                .param("limit", limit)
                .query(rowMapper)
                .list();
    }

    void markReadyIfMatched(long job) {
        jdbc.sql("""
                UPDATE import_jobs SET status = 'ready', error = NULL
                WHERE id = :job AND status = 'matching'
                  AND NOT EXISTS (SELECT 1 FROM import_rows WHERE job_id = :job AND status = 'pending')
                """).param("job", job).update();
    }

    /** ready -> committing; false when the job was not ready. */
    boolean startCommit(long job) {
        return jdbc.sql("""
                        UPDATE import_jobs SET status = 'committing', commit_step = 0, turn_at = clock_timestamp()
                        WHERE id = :job AND status = 'ready'
                        """).param("job", job).update() == 1;
    }

    void stepDone(long job, int step, Map<String, Long> applied) {
        jdbc.sql("""
                UPDATE import_jobs SET commit_step = :step, applied = CAST(:applied AS jsonb)
                WHERE id = :job AND status = 'committing'
                """)
                .param("job", job)
                .param("step", step)
                .param("applied", json.writeValueAsString(applied))
                .update();
    }

    void finish(long job, ImportJob.Status status, @Nullable String error) {
        jdbc.sql("""
                UPDATE import_jobs SET status = :status, error = :error, finished_at = now()
                WHERE id = :job AND finished_at IS NULL
                """)
                .param("job", job)
                .param("status", status.code())
                .param("error", error)
                .update();
    }

    /** Deletes a job that is not committed (rows cascade); false when none such. */
    boolean discard(long job) {
        return jdbc.sql("DELETE FROM import_jobs WHERE id = :job AND status IN ('matching', 'ready', 'failed')")
                        .param("job", job)
                        .update()
                == 1;
    }

    /** Finished jobs older than the retention, and jobs left unfinished that long. */
    int purge(Instant before) {
        return jdbc.sql("""
                        DELETE FROM import_jobs
                        WHERE (finished_at IS NOT NULL AND finished_at < :before)
                           OR (finished_at IS NULL AND status = 'ready' AND turn_at < :before)
                        """)
                .param("before", OffsetDateTime.ofInstant(before, java.time.ZoneOffset.UTC))
                .update();
    }
}
