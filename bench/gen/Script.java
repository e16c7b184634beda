import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The psql script on stdout. Rows are appended to one buffer that goes out whenever it passes 1 MB,
 * so no table is ever held whole and psql ingests while the next rows are made.
 */
final class Script {

    private static final int FLUSH_AT = 1 << 20;

    private final StringBuilder buffer = new StringBuilder(1 << 21);
    private final OutputStream out;

    private Script(OutputStream out) {
        this.out = out;
    }

    /** Standard output through a PrintStream, as the generator always wrote it. */
    static Script toStdout() {
        OutputStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), false);
        return new Script(new BufferedOutputStream(stdout, 1 << 20));
    }

    /** Text outside the COPY rows (SQL, psql commands, a whole prepared block). */
    void text(CharSequence text) throws IOException {
        buffer.append(text);
        flush();
    }

    void beginCopy(String tableAndColumns) throws IOException {
        text("COPY " + tableAndColumns + " FROM STDIN;\n");
    }

    void endCopy() throws IOException {
        text("\\.\n");
    }

    /** One column value of the current row, and the tab after it. */
    void field(String value) {
        buffer.append(value).append('\t');
    }

    void field(int value) {
        buffer.append(value).append('\t');
    }

    void field(double value) {
        buffer.append(value).append('\t');
    }

    /** A rating column: 1..20 half steps as 0.5..10.0. */
    void ratingField(int halfSteps) {
        buffer.append(halfSteps / 2).append((halfSteps & 1) == 0 ? ".0\t" : ".5\t");
    }

    /** Ends the row (after its last column, which has no tab). Only whole rows are flushed. */
    void endRow() throws IOException {
        buffer.append('\n');
        if (buffer.length() > FLUSH_AT) {
            flush();
        }
    }

    /** A timestamptz column in COPY text form; the time of day is arithmetic, not a formatter. */
    void timestamp(int day, int second) {
        buffer.append(Days.label(day));
        twoDigits(second / 3600).append(':');
        twoDigits(second / 60 % 60).append(':');
        twoDigits(second % 60).append("+00");
    }

    /** created_at and updated_at of a row never updated: the same timestamp twice. */
    void timestampTwice(int day, int second) {
        int mark = buffer.length();
        timestamp(day, second);
        buffer.append('\t').append(buffer, mark, buffer.length() - 1);
    }

    private StringBuilder twoDigits(int value) {
        if (value < 10) {
            buffer.append('0');
        }
        return buffer.append(value);
    }

    void close() throws IOException {
        out.flush();
    }

    private void flush() throws IOException {
        out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
        buffer.setLength(0);
    }
}
