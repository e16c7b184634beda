package com.frameratr.platform.web;

import com.frameratr.platform.PlatformProperties;
import com.frameratr.platform.problems.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request's whole body before the request takes one of the bounded request slots
 * ({@link ConcurrencyLimitFilter}), with a size limit ({@code max-request-body}, 413) and a total
 * deadline ({@code body-read-timeout}, 408). Request threads are virtual, so a client trickling its
 * body costs a cheap thread and a connection, never a slot: 70 such clients took all 64 slots while
 * the body was read inside the slot, and every other request got 503.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class RequestBodyFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final long deadlineNanos;
    private final Problems problems;
    private final java.util.Set<String> streamedUploads;

    RequestBodyFilter(PlatformProperties properties, Problems problems) {
        this.streamedUploads = java.util.Set.copyOf(properties.streamedUploads());
        this.maxBytes = properties.maxRequestBody().toBytes();
        this.deadlineNanos = properties.bodyReadTimeout().toNanos();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBody(request) || streamedUpload(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            refuse(
                    response,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "body-too-large",
                    "Request body is larger than " + maxBytes + " bytes");
            return;
        }
        byte[] body;
        try {
            body = read(request.getInputStream());
        } catch (BodyTooLarge ex) {
            refuse(
                    response,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "body-too-large",
                    "Request body is larger than " + maxBytes + " bytes");
            return;
        } catch (BodyTooSlow | SocketTimeoutException ex) {
            refuse(response, HttpStatus.REQUEST_TIMEOUT, "body-timeout", "The request body did not arrive in time");
            return;
        }
        chain.doFilter(new ReadRequest(request, body), response);
    }

    /**
     * An upload its handler reads as a stream, bounded by its own size and deadline, once the
     * request is authenticated: reading 20 MB here would let anonymous clients fill the heap.
     */
    private boolean streamedUpload(HttpServletRequest request) {
        return request.getMethod().equals("POST") && streamedUploads.contains(request.getRequestURI());
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private byte[] read(InputStream in) throws IOException {
        long deadline = System.nanoTime() + deadlineNanos;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            body.write(buffer, 0, n);
            if (body.size() > maxBytes) {
                throw new BodyTooLarge();
            }
            if (System.nanoTime() > deadline) {
                throw new BodyTooSlow();
            }
        }
        return body.toByteArray();
    }

    /** The connection is closed rather than drained: the client may be sending megabytes, or trickling. */
    private void refuse(HttpServletResponse response, HttpStatus status, String type, String detail)
            throws IOException {
        response.setHeader("Connection", "close");
        problems.write(response, Problems.of(status, type, detail));
    }

    private static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body too large", null);
        }
    }

    private static final class BodyTooSlow extends IOException {
        BodyTooSlow() {
            super("request body too slow", null);
        }
    }

    /** The request with its body already in memory. */
    private static final class ReadRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = StandardCharsets.UTF_8;
            try {
                if (getCharacterEncoding() != null) {
                    charset = Charset.forName(getCharacterEncoding());
                }
            } catch (IllegalArgumentException unknownCharset) {
                // keep UTF-8, the API's only encoding
            }
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
