package com.frameratr.users;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start a web server whose token settings are inconsistent ({@link AuthMode}) before
 * anything else happens: no database connection, no migration, no open port. The context checks
 * again when it builds the decoder, with every property source (tests add some later).
 */
class AuthModeCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (application.getWebApplicationType() == WebApplicationType.SERVLET) {
            AuthMode.resolve(environment, application.getClassLoader());
        }
    }
}
