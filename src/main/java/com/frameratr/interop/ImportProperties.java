package com.frameratr.interop;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds of history imports ({@code frameratr.imports.*}); see docs/interop.md.
 *
 * @param maxFileSize the uploaded file (a ZIP or one CSV or JSON file); larger is a 413
 * @param maxRows facts one import may hold (a diary row, a rating, a list entry...); more is a 400
 * @param maxZipEntries entries of an uploaded ZIP, directories included
 * @param maxUnpacked bytes all of a ZIP's entries may unpack to together
 * @param maxRatio how many times its own size a ZIP may unpack to (text compresses 5-10 times)
 * @param maxRecordLength characters of one CSV record, or of one JSON string
 * @param uploadTimeout the upload must have arrived whole within this (408)
 * @param concurrentUploads uploads one instance reads and parses at once (each up to max-file-size
 *     in memory); more are 503 with Retry-After
 * @param workerInterval how often the background worker looks for imports to match or commit
 * @param workerRunBudget how long a worker stays on one job before it lets the next job have a turn
 * @param workerLease how long a worker holds a job without renewing; a job whose instance died is
 *     taken by another instance after this
 * @param commitBatch rows written per transaction when an import is committed
 * @param retention finished imports (and abandoned ones, by their last change) are deleted after this
 */
@Validated
@ConfigurationProperties("frameratr.imports")
record ImportProperties(
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("50000") @Min(1) int maxRows,
        @DefaultValue("2000") @Min(1) int maxZipEntries,
        @DefaultValue("50MB") DataSize maxUnpacked,
        @DefaultValue("100") @Min(1) int maxRatio,
        @DefaultValue("65536") @Min(1024) int maxRecordLength,
        @DefaultValue("120s") Duration uploadTimeout,
        @DefaultValue("1") @Min(1) int concurrentUploads,
        @DefaultValue("2s") Duration workerInterval,
        @DefaultValue("30s") Duration workerRunBudget,
        @DefaultValue("2m") Duration workerLease,
        @DefaultValue("500") @Min(1) int commitBatch,
        @DefaultValue("7d") Duration retention) {}
