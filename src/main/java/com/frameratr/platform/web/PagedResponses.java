package com.frameratr.platform.web;

import com.frameratr.platform.paging.Page;
import com.frameratr.platform.paging.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Lists stay bare JSON arrays (the web app checks {@code Array.isArray}); paging travels in
 * {@code X-Total-Count} and an RFC 8288 {@code Link} header with first/prev/next/last. Links are
 * relative to the host, so they stay right behind the load balancer. Numbered links stop at the
 * deepest page {@link PageRequest} allows; past it, and on every page reached by cursor, "next"
 * carries the cursor instead (and there is no "last").
 */
public final class PagedResponses {

    private PagedResponses() {}

    public static <T> ResponseEntity<List<T>> ok(Page<T> page) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Total-Count", Long.toString(page.total()));
        String links = links(page);
        if (!links.isEmpty()) {
            headers.set(HttpHeaders.LINK, links);
        }
        return ResponseEntity.ok().headers(headers).body(page.items());
    }

    /**
     * A list paged by cursor whose total is not worth counting (a feed: counting it would read all
     * of it): the {@code Link} header only, no {@code X-Total-Count}; {@code page.total()} is ignored.
     */
    public static <T> ResponseEntity<List<T>> withoutTotal(Page<T> page) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        String links = links(page);
        if (!links.isEmpty()) {
            response.header(HttpHeaders.LINK, links);
        }
        return response.body(page.items());
    }

    private static String links(Page<?> page) {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        int limit = page.request().limit();
        List<String> links = new ArrayList<>();
        links.add(link(request, 1, limit, "first"));
        if (page.request().byCursor()) {
            if (page.nextCursor() != null) {
                links.add(cursorLink(request, page.nextCursor(), limit));
            }
            return String.join(", ", links);
        }
        int current = page.request().page();
        long reachable = PageRequest.lastReachablePage(limit);
        long last = Math.min(page.lastPage(), reachable);
        if (current > 1) {
            links.add(link(request, Math.min(current - 1, last), limit, "prev"));
        }
        if (current < last) {
            links.add(link(request, current + 1, limit, "next"));
        } else if (current < page.lastPage() && page.nextCursor() != null) {
            links.add(cursorLink(request, page.nextCursor(), limit));
        }
        if (page.lastPage() <= reachable) {
            links.add(link(request, last, limit, "last"));
        }
        return String.join(", ", links);
    }

    private static String link(HttpServletRequest request, long page, int limit, String rel) {
        return link(request, "cursor", "page", page, limit, rel);
    }

    private static String cursorLink(HttpServletRequest request, String cursor, int limit) {
        return link(request, "page", "cursor", cursor, limit, "next");
    }

    /** The request's own URI and query with {@code dropped} removed and {@code name} and the limit set. */
    private static String link(
            HttpServletRequest request, String dropped, String name, Object value, int limit, String rel) {
        String uri = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam(dropped)
                .replaceQueryParam(name, value)
                .replaceQueryParam("limit", limit)
                .build()
                .toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
