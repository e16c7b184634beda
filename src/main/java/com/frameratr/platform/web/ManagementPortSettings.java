package com.frameratr.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * What Actuator shows, and where. On the service port (the one the load balancer forwards the
 * internet to) only health: {@code /health} and {@code /actuator/health/**}. Metrics and build info
 * are served only on {@code MANAGEMENT_PORT}, a port that neither the load balancer nor the task's
 * security group exposes; without it they are not served at all. With a management port, Actuator
 * lives there entirely, and the service port keeps {@code /health}, {@code /livez} and {@code /readyz}.
 */
class ManagementPortSettings implements EnvironmentPostProcessor {

    static final String VARIABLE = "MANAGEMENT_PORT";

    private final BooleanSupplier beanDefinitionsFromBuildTime;

    ManagementPortSettings() {
        this(AotDetector::useGeneratedArtifacts);
    }

    ManagementPortSettings(BooleanSupplier beanDefinitionsFromBuildTime) {
        this.beanDefinitionsFromBuildTime = beanDefinitionsFromBuildTime;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String value = environment.getProperty(VARIABLE);
        Map<String, Object> settings = new LinkedHashMap<>();
        if (value == null && beanDefinitionsFromBuildTime.getAsBoolean()) {
            // Spring AOT fixed at build time that Actuator has a context of its own; without a port
            // it would fail later, deep in the web server factory
            throw new IllegalStateException("MANAGEMENT_PORT is not set, but this build was prepared by Spring AOT"
                    + " (the -Dproduction jar, the image) for a management port: set MANAGEMENT_PORT"
                    + " (the ECS task uses 9090), or start without -Dspring.aot.enabled=true");
        }
        if (value == null) {
            settings.put("management.endpoints.web.exposure.include", "health");
        } else {
            settings.put("management.server.port", port(value));
            settings.put("management.endpoints.web.exposure.include", "health,info,metrics");
            settings.put("management.endpoint.health.probes.add-additional-paths", "true");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("frameratrManagementPort", settings));
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new InvalidConfigurationPropertyValueException(
                VARIABLE, value, "must be a port number (0: any free port)");
    }
}
