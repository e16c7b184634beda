package com.frameratr.interop;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Opens an upload: a ZIP (Letterboxd's "Export your data", or Trakt JSON files zipped) or one text
 * file. A ZIP is read as a stream, never to disk, and refused when it is unsafe: more entries than
 * {@code max-zip-entries}, unpacking past {@code max-unpacked} or {@code max-ratio} times its size
 * (a ZIP bomb is found while it inflates, before it fills the heap), or an entry name that climbs
 * out of the archive ({@code ..}, absolute, drive letters, backslashes). Text must be UTF-8.
 */
final class UploadFiles {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private UploadFiles() {}

    /**
     * The text files of the upload that {@code wanted} accepts (by entry name); the others are read
     * through (so that their size counts) and dropped.
     */
    static List<UploadedFile> open(String fileName, byte[] upload, ImportProperties limits, Predicate<String> wanted) {
        if (!isZip(upload)) {
            return List.of(new UploadedFile(baseName(fileName), utf8(fileName, upload)));
        }
        long maxUnpacked = Math.min(limits.maxUnpacked().toBytes(), (long) upload.length * limits.maxRatio());
        List<UploadedFile> files = new ArrayList<>();
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload), StandardCharsets.UTF_8)) {
            byte[] buffer = new byte[8192];
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxZipEntries()) {
                    throw ImportRefused.invalid("The ZIP has more than " + limits.maxZipEntries() + " entries");
                }
                String name = safeName(entry.getName());
                boolean keep = !entry.isDirectory() && wanted.test(name);
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > maxUnpacked) {
                        throw ImportRefused.tooLarge("The ZIP unpacks to more than " + maxUnpacked
                                + " bytes (at most " + limits.maxRatio() + " times its size and "
                                + limits.maxUnpacked().toBytes() + " bytes)");
                    }
                    if (keep) {
                        content.write(buffer, 0, n);
                    }
                }
                if (keep) {
                    files.add(new UploadedFile(name, utf8(name, content.toByteArray())));
                }
            }
        } catch (ZipException ex) {
            throw ImportRefused.invalid("The file is not a readable ZIP: " + ex.getMessage());
        } catch (IOException ex) {
            throw ImportRefused.invalid("The ZIP cannot be read: " + ex.getMessage());
        }
        if (entries == 0) {
            throw ImportRefused.invalid("The ZIP is empty");
        }
        return files;
    }

    static boolean isZip(byte[] upload) {
        if (upload.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (upload[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** The entry's path inside the archive, or a 400 when it would point outside it. */
    static String safeName(String name) {
        if (name.isEmpty()
                || name.length() > 255
                || name.startsWith("/")
                || name.indexOf('\\') >= 0
                || name.indexOf('\0') >= 0
                || name.matches("^[A-Za-z]:.*")
                || List.of(name.split("/")).contains("..")) {
            throw ImportRefused.invalid("The ZIP has an unsafe entry name: " + printable(name));
        }
        return name;
    }

    /** UTF-8, strictly: a byte sequence that is not UTF-8 is a 400 naming the file and the offset. */
    static String utf8(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer text = decoder.decode(in);
            String decoded = text.toString();
            return decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        } catch (MalformedInputException ex) {
            throw ImportRefused.invalid(printable(name) + " is not UTF-8 text (invalid bytes near offset "
                    + offsetOfBadBytes(bytes) + "); export it again or save it as UTF-8");
        } catch (CharacterCodingException ex) {
            throw ImportRefused.invalid(printable(name) + " is not UTF-8 text");
        }
    }

    private static long offsetOfBadBytes(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            out.clear();
            if (decoder.decode(in, out, true).isError()) {
                return in.position();
            }
            if (!in.hasRemaining()) {
                return bytes.length;
            }
        }
    }

    static String baseName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    /** A name as it may appear in a message: no control characters, at most 100 characters. */
    static String printable(String name) {
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }
}
