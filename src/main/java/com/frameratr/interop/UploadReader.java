package com.frameratr.interop;

import com.frameratr.platform.problems.ContentRefusedException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadByteCountLimitException;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.jspecify.annotations.Nullable;

/**
 * Reads an import's multipart/form-data upload ({@code source}, {@code file}) as a stream, after the
 * request was authenticated (the platform's body filter leaves this path to it): at most
 * {@code max-file-size} for the file, a little more for the whole body, within
 * {@code upload-timeout}, never to disk. Other parts are refused.
 */
final class UploadReader {

    /** What one upload said. */
    record Upload(String source, String fileName, byte[] content) {}

    // the form's other fields and the multipart framing
    private static final long OVERHEAD = 64 * 1024;

    private UploadReader() {}

    static Upload read(HttpServletRequest request, ImportProperties limits) {
        long maxFile = limits.maxFileSize().toBytes();
        if (request.getContentLengthLong() > maxFile + OVERHEAD) {
            throw tooLarge(maxFile);
        }
        if (!JakartaServletFileUpload.isMultipartContent(request)) {
            throw ImportRefused.invalid("Send the file as multipart/form-data with the fields source and file");
        }
        JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> upload = new JakartaServletFileUpload<>();
        upload.setFileSizeMax(maxFile);
        upload.setSizeMax(maxFile + OVERHEAD);
        upload.setFileCountMax(3);
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        String source = null;
        String fileName = null;
        byte[] content = null;
        long deadline = System.nanoTime() + limits.uploadTimeout().toNanos();
        try {
            FileItemInputIterator items = upload.getItemIterator(new Deadline(request, deadline));
            while (items.hasNext()) {
                FileItemInput item = items.next();
                switch (item.getFieldName() == null ? "" : item.getFieldName()) {
                    case "source" ->
                        source = new String(read(item.getInputStream(), 100), StandardCharsets.UTF_8).strip();
                    case "file" -> {
                        if (item.isFormField()) {
                            throw ImportRefused.invalid("file: must be a file part (with a filename)");
                        }
                        fileName = item.getName() == null ? "upload" : item.getName();
                        content = read(item.getInputStream(), maxFile);
                    }
                    default ->
                        throw ImportRefused.invalid("Unknown form field '"
                                + UploadFiles.printable(item.getFieldName() == null ? "" : item.getFieldName())
                                + "' (send source and file)");
                }
            }
        } catch (FileUploadSizeException ex) {
            throw tooLarge(maxFile);
        } catch (UploadTooSlow | SocketTimeoutException ex) {
            throw ImportRefused.tooSlow();
        } catch (FileUploadException ex) {
            throw ImportRefused.invalid("The upload is not readable multipart/form-data: " + ex.getMessage());
        } catch (IOException ex) {
            throw ImportRefused.invalid("The upload could not be read: " + ex.getMessage());
        }
        if (source == null || source.isEmpty()) {
            throw ImportRefused.invalid("source: is required (letterboxd, trakt or frameratr)");
        }
        if (content == null) {
            throw ImportRefused.invalid("file: is required");
        }
        if (content.length == 0) {
            throw ImportRefused.invalid("file: is empty");
        }
        return new Upload(source, fileName, content);
    }

    private static byte[] read(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > max) {
                throw new FileUploadByteCountLimitException("too large", max + 1, max, null, null);
            }
        }
        return out.toByteArray();
    }

    private static ContentRefusedException tooLarge(long maxFile) {
        return ImportRefused.tooLarge("The file is larger than " + maxFile + " bytes (import_file_bytes)");
    }

    private static final class UploadTooSlow extends IOException {
        UploadTooSlow() {
            super("upload too slow", null);
        }
    }

    /** The request, with a body that must have arrived whole by the deadline. */
    private static final class Deadline extends HttpServletRequestWrapper {
        private final long deadline;

        Deadline(HttpServletRequest request, long deadline) {
            super(request);
            this.deadline = deadline;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    check();
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    check();
                    return in.read(buffer, offset, length);
                }

                private void check() throws UploadTooSlow {
                    if (System.nanoTime() > deadline) {
                        throw new UploadTooSlow();
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(@Nullable ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
