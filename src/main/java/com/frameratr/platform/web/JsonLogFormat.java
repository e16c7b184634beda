package com.frameratr.platform.web;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code LOG_FORMAT=json} (set by the container) switches the console to one JSON object per line
 * (Logstash layout, which CloudWatch Logs Insights parses); anything else keeps plain text.
 * Runs before logging is initialised, which a property file cannot do conditionally.
 */
class JsonLogFormat implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty("LOG_FORMAT", "");
        if ("json".equalsIgnoreCase(format.trim())) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "frameratrJsonLogging", Map.of("logging.structured.format.console", "logstash")));
        }
    }
}
