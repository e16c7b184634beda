package com.frameratr.platform;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final PlatformProperties properties;

    WebConfig(PlatformProperties properties) {
        this.properties = properties;
    }

    /** Only the configured origins; the first version allowed every origin. */
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/**")
                .allowedOrigins(properties.corsAllowedOrigins().toArray(String[]::new))
                .allowedMethods("GET", "POST", "PUT", "PATCH", "DELETE")
                .allowedHeaders("Authorization", "Content-Type", "X-Request-Id")
                .exposedHeaders("Link", "X-Total-Count", "X-Request-Id", "Retry-After", "X-Cache")
                .maxAge(3600);
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

    @Bean
    @ConditionalOnExpression("!'${DB_HOST:}'.isBlank()")
    DatabaseDescription externalDatabaseDescription(Environment environment) {
        String description = "PostgreSQL at " + environment.getProperty("DB_HOST") + ":"
                + environment.getProperty("DB_PORT", "5432") + "/" + environment.getProperty("DB_NAME", "frameratr");
        return () -> description;
    }
}
