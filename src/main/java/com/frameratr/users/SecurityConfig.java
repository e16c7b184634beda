package com.frameratr.users;

import com.frameratr.platform.Problems;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what. Reads of the catalog and the TMDb proxy are public; everything else under
 * {@code /api} needs a Firebase ID token, verified by {@link #firebaseJwtDecoder}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);
    static final String DEV_MODE = "'${frameratr.firebase.project-id:}'.isBlank()";

    // only in the web server: the import command (java -jar frameratr.jar import ...) runs without one,
    // and there is no HttpSecurity to build a filter chain from
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder, Problems problems) throws Exception {
        ProblemAuthenticationHandlers handlers = new ProblemAuthenticationHandlers(problems);
        http.csrf(csrf -> csrf.disable())
                .cors(cors -> {})
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.GET, "/api/movies", "/api/movies/*", "/api/movies/*/reviews")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/tv", "/api/tv/*", "/api/tv/*/reviews")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/tmdb/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/dev/token")
                        .permitAll()
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(decoder))
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
     * No Micrometer observation around each security filter, authentication and authorization:
     * with an observation registry present, Spring Security wraps every filter of the chain in one,
     * a measurable part of a request's CPU (JFR on GET /api/movies/1). Requests stay observed as a
     * whole by Spring MVC's http.server.requests.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    JwtDecoder firebaseJwtDecoder(FirebaseProperties properties, ObjectProvider<DevTokenIssuer> devIssuer) {
        Clock clock = Clock.systemUTC();
        JWKSource<SecurityContext> keys = properties.devMode()
                ? new ImmutableJWKSet<>(devIssuer.getObject().publicKeys())
                : new GoogleKeySource(properties.jwksUri(), properties.keyRefetchInterval(), clock);
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(FirebaseTokenValidator.forProject(
                properties.effectiveProjectId(), properties.issuer(), properties.clockSkew(), clock));
        return decoder;
    }

    @Bean
    @ConditionalOnExpression(DEV_MODE)
    DevTokenIssuer devTokenIssuer(FirebaseProperties properties) {
        log.warn("FIREBASE_PROJECT_ID is not set: accepting only tokens from the local dev issuer"
                + " (POST /api/dev/token). Never run like this in production.");
        return new DevTokenIssuer(properties, Clock.systemUTC());
    }

    private final WriteLimitProperties writeLimits;

    SecurityConfig(WriteLimitProperties writeLimits) {
        this.writeLimits = writeLimits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new WriteRateLimitInterceptor(writeLimits)).addPathPatterns("/api/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver());
    }
}
