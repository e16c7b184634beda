package com.frameratr.interop;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleKind;
import com.frameratr.interop.ImportResponses.JobResponse;
import com.frameratr.platform.problems.ConflictException;
import com.frameratr.platform.problems.InvalidInputException;
import com.frameratr.platform.problems.NotFoundException;
import com.frameratr.platform.problems.UnavailableException;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Users;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import flow: an upload becomes a job with its rows, matching runs in the background
 * ({@link ImportWorker}), the user resolves what could not be decided, and the commit applies the
 * matched rows ({@link ImportCommit}). One open import per user; only its owner sees it (404).
 */
@Service
class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final ImportRepository jobs;
    private final ImportProperties properties;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Users users;
    private final Catalog catalog;
    private final ObjectProvider<ImportWorker> worker;
    private final Semaphore uploads;

    ImportService(
            ImportRepository jobs,
            ImportProperties properties,
            TransactionTemplate transaction,
            JsonMapper json,
            Users users,
            Catalog catalog,
            ObjectProvider<ImportWorker> worker) {
        this.jobs = jobs;
        this.properties = properties;
        this.transaction = transaction;
        this.json = json;
        this.users = users;
        this.catalog = catalog;
        this.worker = worker;
        this.uploads = new Semaphore(properties.concurrentUploads());
    }

    JobResponse upload(CurrentUser user, HttpServletRequest request) {
        // before the body is read: a second import is refused without taking the upload's memory
        refuseWhileOpen(user.uid());
        if (!uploads.tryAcquire()) {
            throw new UnavailableException(
                    "imports-busy",
                    "Other uploads are being read; retry in a few seconds",
                    UnavailableException.Reason.UNAVAILABLE);
        }
        List<ImportFact> facts;
        ImportSource source;
        String fileName;
        long started = System.nanoTime();
        try {
            UploadReader.Upload upload = UploadReader.read(request, properties);
            source = ImportSource.ofCode(upload.source())
                    .orElseThrow(() -> new InvalidInputException("source", "must be letterboxd, trakt or frameratr"));
            fileName = UploadFiles.printable(UploadFiles.baseName(upload.fileName()));
            facts = parse(source, upload);
        } finally {
            uploads.release();
        }
        if (facts.isEmpty()) {
            throw ImportRefused.invalid("The file holds nothing to import");
        }
        users.ensureExists(user);
        long id;
        try {
            id = transaction.execute(status -> jobs.create(user.uid(), source, fileName, facts));
        } catch (DuplicateKeyException ex) {
            refuseWhileOpen(user.uid());
            throw ex;
        }
        jobs.markReadyIfMatched(id);
        log.info(
                "Import {} of {}: {} from {}, {} rows read in {} ms",
                id,
                user.uid(),
                source.code(),
                fileName,
                facts.size(),
                (System.nanoTime() - started) / 1_000_000);
        worker.ifAvailable(ImportWorker::nudge);
        return view(user, id);
    }

    private List<ImportFact> parse(ImportSource source, UploadReader.Upload upload) {
        boolean zip = UploadFiles.isZip(upload.content());
        Predicate<String> wanted = switch (source) {
            case LETTERBOXD -> LetterboxdReader::wanted;
            case TRAKT -> TraktReader::wanted;
            case FRAMERATR -> FrameratrReader::wanted;
        };
        List<UploadedFile> files = UploadFiles.open(upload.fileName(), upload.content(), properties, wanted);
        return switch (source) {
            case LETTERBOXD -> LetterboxdReader.read(files, zip, properties);
            case TRAKT -> TraktReader.read(files, json, properties);
            case FRAMERATR ->
                FrameratrReader.read(
                        zip
                                ? files
                                : files.stream()
                                        .map(f -> new UploadedFile(FrameratrReader.FILE, f.text()))
                                        .toList(),
                        json,
                        properties);
        };
    }

    private void refuseWhileOpen(String uid) {
        jobs.openJobOf(uid).ifPresent(open -> {
            throw new ConflictException(
                    "import-in-progress",
                    "Import " + open + " is not finished: commit or discard it first",
                    Map.of("import_id", open));
        });
    }

    JobResponse view(CurrentUser user, long id) {
        ImportJob job = owned(user, id);
        return JobResponse.of(job, jobs.counts(id));
    }

    List<ImportRepository.Row> rows(CurrentUser user, long id, @Nullable RowStatus status, int after, int limit) {
        owned(user, id);
        return jobs.rows(id, status, after, limit);
    }

    ImportRepository.Row resolve(CurrentUser user, long id, int rowNo, ImportResponses.ResolveRequest choice) {
        ImportJob job = owned(user, id);
        if (job.status() != ImportJob.Status.MATCHING && job.status() != ImportJob.Status.READY) {
            throw new ConflictException(
                    "import-not-open",
                    "Import " + id + " is " + job.status().code() + "; rows change only before the commit");
        }
        ImportRepository.Row row =
                jobs.row(id, rowNo).orElseThrow(() -> new NotFoundException("Import " + id + " has no row " + rowNo));
        if (row.kind() == null) {
            throw new ConflictException("row-not-a-title", "Row " + rowNo + " is not about a title");
        }
        if (row.status() == RowStatus.DUPLICATE) {
            throw new ConflictException(
                    "row-duplicate", "Row " + rowNo + " repeats row " + row.duplicateOf() + "; change that one");
        }
        if (row.status() == RowStatus.SKIPPED && !"skipped-by-user".equals(row.rule())) {
            throw new ConflictException("row-not-importable", "Row " + rowNo + " cannot be imported: " + row.rule());
        }
        boolean skip = Boolean.TRUE.equals(choice.skip());
        Integer chosen = row.kind() == TitleKind.MOVIE ? choice.movieId() : choice.tvId();
        String field = row.kind() == TitleKind.MOVIE ? "movie_id" : "tv_id";
        Integer other = row.kind() == TitleKind.MOVIE ? choice.tvId() : choice.movieId();
        if (other != null) {
            throw new InvalidInputException(
                    field, "row " + rowNo + " is about a " + row.kind().label() + ": give " + field);
        }
        if (skip == (chosen != null)) {
            throw new InvalidInputException(field, "give " + field + " or skip: true, one of them");
        }
        if (skip) {
            jobs.resolve(id, rowNo, RowStatus.SKIPPED, row.tmdbId(), "skipped-by-user");
        } else {
            if (chosen < 1) {
                throw new InvalidInputException(field, "must be a positive TMDb id");
            }
            try {
                catalog.ensurePresent(row.kind(), chosen);
            } catch (NotFoundException ex) {
                throw new InvalidInputException(
                        field, "TMDb has no " + row.kind().label() + " " + chosen);
            }
            jobs.resolve(id, rowNo, RowStatus.MATCHED, chosen, "chosen");
        }
        jobs.markReadyIfMatched(id);
        return jobs.row(id, rowNo).orElseThrow();
    }

    /** Starts the commit of a ready job; a job already committing or done is answered as it is. */
    JobResponse commit(CurrentUser user, long id) {
        ImportJob job = owned(user, id);
        switch (job.status()) {
            case MATCHING ->
                throw new ConflictException(
                        "import-not-ready", "Import " + id + " is still matching; commit once it is ready");
            case FAILED ->
                throw new ConflictException(
                        "import-failed", "Import " + id + " failed: " + job.error() + "; discard it and import again");
            case READY -> {
                if (jobs.startCommit(id)) {
                    log.info("Import {} of {}: commit started", id, user.uid());
                    // the answer is read before the worker is woken: a started commit is always
                    // answered as committing (202), however fast the worker is
                    JobResponse started = view(user, id);
                    worker.ifAvailable(ImportWorker::nudge);
                    return started;
                }
            }
            case COMMITTING, DONE -> {
                // committing twice changes nothing: the answer says where the first commit is
            }
        }
        return view(user, id);
    }

    void discard(CurrentUser user, long id) {
        ImportJob job = owned(user, id);
        if (job.status() == ImportJob.Status.COMMITTING || job.status() == ImportJob.Status.DONE) {
            throw new ConflictException(
                    "import-committed",
                    "Import " + id + " is " + job.status().code()
                            + "; a committed import is deleted "
                            + properties.retention().toDays()
                            + " days after it finished");
        }
        if (!jobs.discard(id)) {
            throw new ConflictException("import-committed", "Import " + id + " is being committed");
        }
    }

    private ImportJob owned(CurrentUser user, long id) {
        return jobs.find(id)
                .filter(job -> job.uid().equals(user.uid()))
                .orElseThrow(() -> new NotFoundException("No import " + id));
    }
}
