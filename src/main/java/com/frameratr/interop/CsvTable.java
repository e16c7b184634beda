package com.frameratr.interop;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of an export, parsed as RFC 4180 (quoted fields may hold commas, quotes and line
 * breaks), each record with the line it ends on. A record longer than {@code max-record-length}
 * characters is a 400: nothing a real export holds comes near it.
 */
record CsvTable(String file, List<CsvTable.Row> rows) {

    /** One record and the line it ends on (1-based, counting the header). */
    record Row(int line, List<String> values) {

        String get(int column) {
            return raw(column).strip();
        }

        /** The value as written, spaces and line breaks kept (a review). */
        String raw(int column) {
            return column >= 0 && column < values.size() ? values.get(column) : "";
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(false)
            .get();

    static CsvTable parse(String file, String text, int maxRecordLength) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord record : parser) {
                int length = 0;
                for (String value : record) {
                    length += value.length();
                }
                if (length > maxRecordLength) {
                    throw ImportRefused.invalid(UploadFiles.printable(file) + " line " + parser.getCurrentLineNumber()
                            + ": a record longer than " + maxRecordLength + " characters");
                }
                rows.add(new Row((int) parser.getCurrentLineNumber(), record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException ex) {
            throw ImportRefused.invalid(UploadFiles.printable(file) + " is not a readable CSV: " + ex.getMessage());
        }
        return new CsvTable(file, rows);
    }

    /**
     * The header is the first record; every column must be known and every required one present
     * (a 400 naming what is wrong otherwise). Returns the index of each wanted column, -1 if absent.
     */
    int[] columns(List<String> required, Set<String> optional) {
        if (rows.isEmpty()) {
            throw ImportRefused.invalid(UploadFiles.printable(file) + " is empty (no header)");
        }
        List<String> header =
                rows.getFirst().values().stream().map(String::strip).toList();
        for (String column : header) {
            if (!required.contains(column) && !optional.contains(column)) {
                throw ImportRefused.invalid(UploadFiles.printable(file) + " has an unknown column '"
                        + UploadFiles.printable(column) + "' (expected " + String.join(", ", required) + ")");
            }
        }
        for (String column : required) {
            if (!header.contains(column)) {
                throw ImportRefused.invalid(UploadFiles.printable(file) + " lacks the column '" + column
                        + "' (expected " + String.join(", ", required) + ")");
            }
        }
        List<String> wanted = new ArrayList<>(required);
        wanted.addAll(optional);
        int[] index = new int[wanted.size()];
        for (int i = 0; i < wanted.size(); i++) {
            index[i] = header.indexOf(wanted.get(i));
        }
        return index;
    }

    /** The records after the header. */
    List<Row> body() {
        return rows.subList(Math.min(1, rows.size()), rows.size());
    }
}
