package com.frameratr.platform.web;

import com.frameratr.platform.PlatformProperties;
import com.frameratr.platform.problems.ProblemErrorReportValve;
import com.frameratr.platform.problems.Problems;
import java.io.IOException;
import java.util.List;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final PlatformProperties properties;

    WebConfig(PlatformProperties properties) {
        this.properties = properties;
    }

    /**
     * Only the configured origins (the first version allowed every origin), on every path: the web
     * app calls {@code /users} outside {@code /api}, and a preflight of an unknown path must carry the
     * CORS headers too, so that the browser shows the real 404 instead of a CORS error. A servlet
     * filter ahead of security and MVC, so a preflight is answered before anything else runs; a
     * refused one is a 403 problem.
     */
    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(Problems problems) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.corsAllowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(
                List.of("Authorization", "Content-Type", "X-Request-Id", "Idempotency-Key", "If-None-Match"));
        cors.setExposedHeaders(List.of(
                "Link", "X-Total-Count", "X-Request-Id", "Retry-After", "X-Cache", "ETag", "Idempotency-Replayed"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new DefaultCorsProcessor() {
            @Override
            protected void rejectRequest(ServerHttpResponse response) throws IOException {
                problems.write(
                        ((ServletServerHttpResponse) response).getServletResponse(),
                        Problems.of(
                                HttpStatus.FORBIDDEN, "cors-rejected", "This origin, method or header is not allowed"));
            }
        });
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * Strong ETags on the reads a client re-fetches to sync: the catalog and title pages, lists,
     * one's own profile and users' profile pages. After security (an unauthenticated request never reaches it), before MVC.
     */
    @Bean
    FilterRegistrationBean<StrongETagFilter> strongETags() {
        FilterRegistrationBean<StrongETagFilter> registration = new FilterRegistrationBean<>(new StrongETagFilter());
        registration.addUrlPatterns(
                "/api/movies",
                "/api/movies/*",
                "/api/tv",
                "/api/tv/*",
                "/api/lists",
                "/api/lists/*",
                "/api/me",
                "/api/users/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PageParamsResolver());
    }

    /** Errors Tomcat raises itself (bad URIs) get problem+json too, not its HTML page. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
