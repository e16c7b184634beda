package com.frameratr.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A strong {@code ETag} on successful reads, and 304 Not Modified for a matching
 * {@code If-None-Match}. The tag is a hash of everything the client would see change: the body and
 * the paging headers ({@code X-Total-Count}, {@code Link}), so a page whose items stayed but whose
 * total moved is not "not modified". The answer is still computed (this saves the client the
 * transfer and the parsing, not the server the query). Answers that depend on the token say so
 * with {@code Vary: Authorization}, so a shared cache never serves one reader's tag to another.
 * A handler that already knows its tag (a cached title page, computed once by {@link #tagOf}) sets
 * the {@code ETag} itself, and the filter only compares it.
 */
public class StrongETagFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        if (buffered.getStatus() == HttpServletResponse.SC_OK && !buffered.isCommitted()) {
            String known = buffered.getHeader(HttpHeaders.ETAG);
            String tag = known != null
                    ? known
                    : tagOf(
                            buffered.getContentAsByteArray(),
                            buffered.getHeader("X-Total-Count"),
                            buffered.getHeader(HttpHeaders.LINK));
            buffered.setHeader(HttpHeaders.ETAG, tag);
            buffered.addHeader(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
            if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
                buffered.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                buffered.resetBuffer();
                buffered.setContentLength(0);
                buffered.flushBuffer();
                return;
            }
        }
        buffered.copyBodyToResponse();
    }

    /**
     * The strong tag of a body and its paging headers ({@code X-Total-Count}, {@code Link}; null when
     * absent): the first 162 bits of their SHA-256, URL-safe Base64, quoted.
     */
    public static String tagOf(byte[] body, @Nullable String totalCount, @Nullable String link) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(body);
            for (String value : new String[] {totalCount, link}) {
                digest.update((byte) 0);
                if (value != null) {
                    digest.update(value.getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] hash = digest.digest();
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(hash)
                            .substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** If-None-Match compares weakly (RFC 9110 13.1.2): {@code W/"x"} matches {@code "x"}; {@code *} matches any. */
    static boolean matches(@Nullable String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.strip();
            if (trimmed.equals("*") || (trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed).equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
