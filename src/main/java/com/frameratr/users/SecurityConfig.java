package com.frameratr.users;

import com.frameratr.platform.problems.Problems;
import com.frameratr.platform.web.HeaderCharacters;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what. {@code /api/**} needs a Firebase ID token, verified by {@link FirebaseJwtDecoder},
 * except the public reads (catalog, review listings, list pages, comments, the TMDb proxy); so does the first version's
 * {@code POST /users}. A token that fails verification on a public path is treated as no token (an
 * expired token must not break the public pages); on a protected path it is a 401. Only in the web
 * server: the commands of the same jar (import, migrate) have no HTTP and verify no tokens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    /** Readable without a token; a valid token still identifies the reader (for per-user extras). */
    static final RequestMatcher PUBLIC_API = new OrRequestMatcher(
            get("/api/movies"),
            get("/api/movies/*"),
            get("/api/movies/*/reviews"),
            get("/api/tv"),
            get("/api/tv/*"),
            get("/api/tv/*/reviews"),
            get("/api/movies/*/similar"),
            get("/api/tv/*/similar"),
            get("/api/tmdb/**"),
            get("/api/lists"),
            // a list's page, but not the signed-in user's own lists, which share the pattern
            new AndRequestMatcher(get("/api/lists/*"), new NegatedRequestMatcher(get("/api/lists/mine"))),
            get("/api/lists/*/entries"),
            // conversations, each privacy-checked against its review or list
            get("/api/lists/*/comments"),
            get("/api/reviews/*/comments"),
            // profiles and their pages; each is privacy-checked by social.Visibility
            get("/api/users/*"),
            get("/api/users/*/*"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/dev/token"));

    private static final RequestMatcher SIGNED_IN = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/users"));

    private final WriteLimitProperties writeLimits;

    SecurityConfig(WriteLimitProperties writeLimits) {
        this.writeLimits = writeLimits;
    }

    @Bean
    SecurityFilterChain apiSecurity(
            HttpSecurity http, JwtDecoder decoder, Problems problems, AuthenticationFailures failures)
            throws Exception {
        ProblemAuthenticationHandlers handlers = new ProblemAuthenticationHandlers(problems);
        http.csrf(csrf -> csrf.disable())
                // CORS is a servlet filter ahead of this chain (platform.WebConfig)
                .cors(cors -> cors.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_API)
                        .permitAll()
                        .requestMatchers(SIGNED_IN)
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .oauth2ResourceServer(server -> server.authenticationManagerResolver(tokens(decoder, failures))
                        .authenticationEntryPoint(handlers)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                // key endpoint down is a 503, not the default rethrow into a 500
                                filter.setAuthenticationFailureHandler(handlers);
                                return filter;
                            }
                        }))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers));
        return http.build();
    }

    /**
     * Verifies the bearer token of a request. A failure is counted and logged; on a path that needs
     * sign-in it is the 401 (or the 503 when keys are unavailable), anywhere else the request goes on
     * as an anonymous one.
     */
    private static AuthenticationManagerResolver<HttpServletRequest> tokens(
            JwtDecoder decoder, AuthenticationFailures failures) {
        AuthenticationManager verify = new ProviderManager(new JwtAuthenticationProvider(decoder));
        return request -> authentication -> {
            try {
                return verify.authenticate(authentication);
            } catch (AuthenticationException failed) {
                boolean needsSignIn = !PUBLIC_API.matches(request) && SIGNED_IN.matches(request);
                failures.record(failed, request, !needsSignIn);
                if (needsSignIn) {
                    throw failed;
                }
                return new AnonymousAuthenticationToken(
                        "invalid-token", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
            }
        };
    }

    /**
     * No Micrometer observation around each security filter, authentication and authorization:
     * with an observation registry present, Spring Security wraps every filter of the chain in one,
     * a measurable part of a request's CPU (JFR on GET /api/movies/1). Requests stay observed as a
     * whole by Spring MVC's http.server.requests.
     */
    /** Spring Security's firewall with its header rules checked per character (HeaderCharacters). */
    @Bean
    HttpFirewall httpFirewall() {
        return HeaderCharacters.firewall();
    }

    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    AuthMode authMode(Environment environment) {
        AuthMode mode = AuthMode.resolve(environment, SecurityConfig.class.getClassLoader());
        if (mode.dev()) {
            log.warn("FIREBASE_PROJECT_ID is not set: accepting only tokens from the local dev issuer"
                    + " (POST /api/dev/token). Never run like this in production.");
        } else {
            log.info("Accepting Firebase ID tokens of project {}", mode.projectId());
        }
        return mode;
    }

    @Bean
    JwtDecoder firebaseJwtDecoder(
            AuthMode mode,
            FirebaseProperties properties,
            VerifiedTokens verifiedTokens,
            ObjectProvider<LocalTokenKeys> localKeys) {
        Clock clock = Clock.systemUTC();
        JWKSource<SecurityContext> keys = mode.dev()
                ? new ImmutableJWKSet<>(localKeys.getObject().publicKeys())
                : new GoogleKeySource(properties.jwksUri(), properties.keyRefetchInterval(), clock);
        return new FirebaseJwtDecoder(keys, mode, properties.clockSkew(), clock, verifiedTokens);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new InFlightPerClientInterceptor(writeLimits.inFlightPerClient()))
                .excludePathPatterns("/health", "/actuator/**");
        registry.addInterceptor(new WriteRateLimitInterceptor(writeLimits)).addPathPatterns("/api/**", "/users");
        registry.addInterceptor(
                        new PerMinuteLimitInterceptor(Set.of("PUT", "DELETE"), writeLimits.likesPerMinute(), "likes"))
                .addPathPatterns("/api/reviews/*/like", "/api/lists/*/like");
        registry.addInterceptor(
                        new PerMinuteLimitInterceptor(Set.of("POST"), writeLimits.commentsPerMinute(), "comments"))
                .addPathPatterns("/api/reviews/*/comments", "/api/lists/*/comments");
        registry.addInterceptor(new PerMinuteLimitInterceptor(Set.of("GET"), writeLimits.exportsPerMinute(), "exports"))
                .addPathPatterns("/api/me/export");
        registry.addInterceptor(
                        new PerMinuteLimitInterceptor(Set.of("POST"), writeLimits.importsPerMinute(), "imports"))
                .addPathPatterns("/api/imports");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver());
    }

    private static RequestMatcher get(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, pattern);
    }
}
