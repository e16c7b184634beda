package com.frameratr.platform;

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
 * relative to the host, so they stay right behind the load balancer.
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

    private static String links(Page<?> page) {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        int current = page.request().page();
        long last = Math.min(page.lastPage(), PageRequest.MAX_PAGE);
        List<String> links = new ArrayList<>();
        links.add(link(request, 1, page.request().limit(), "first"));
        if (current > 1) {
            links.add(link(request, Math.min(current - 1, last), page.request().limit(), "prev"));
        }
        if (current < last) {
            links.add(link(request, current + 1, page.request().limit(), "next"));
        }
        links.add(link(request, last, page.request().limit(), "last"));
        return String.join(", ", links);
    }

    private static String link(HttpServletRequest request, long page, int limit, String rel) {
        String uri = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", page)
                .replaceQueryParam("limit", limit)
                .build()
                .toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
