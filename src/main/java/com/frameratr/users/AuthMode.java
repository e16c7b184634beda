package com.frameratr.users;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * Whose ID tokens the service accepts, decided once at start-up and failing closed: Firebase's for
 * {@code FIREBASE_PROJECT_ID}, or the local dev issuer's. The dev issuer runs only when the project
 * id is absent (a blank value is a mistake, not "unset") and either the database is the embedded one
 * (a laptop) or {@code FRAMERATR_DEV_AUTH=true} says so explicitly (the benchmark against an external
 * PostgreSQL), and only in a build that has it (the production build leaves its classes out).
 *
 * @param projectId the Firebase project, or null for the dev issuer
 */
record AuthMode(@Nullable String projectId) {

    static final String PROJECT_ID = "FIREBASE_PROJECT_ID";
    static final String PROJECT_ID_PROPERTY = "frameratr.firebase.project-id";
    static final String DEV_AUTH = "FRAMERATR_DEV_AUTH";
    static final String DEV_ISSUER_CLASS = "com.frameratr.users.DevTokenIssuer";

    /** The project id the dev issuer's tokens name, so that they pass the same checks as Firebase's. */
    static final String DEV_PROJECT_ID = "frameratr-local";

    // Firebase project ids: 6..30 of lower-case letters, digits and hyphens, a letter first, no hyphen last
    private static final Pattern FIREBASE_PROJECT = Pattern.compile("[a-z][a-z0-9-]{4,28}[a-z0-9]");

    boolean dev() {
        return projectId == null;
    }

    /** The project whose tokens pass: the configured one, or the dev issuer's own. */
    String effectiveProjectId() {
        return projectId == null ? DEV_PROJECT_ID : projectId;
    }

    String issuer() {
        return "https://securetoken.google.com/" + effectiveProjectId();
    }

    /**
     * Reads the settings; throws (and the service does not start) when they are inconsistent.
     *
     * @param devIssuerBuilt whether this build contains the dev issuer
     */
    static AuthMode resolve(Environment environment, boolean devIssuerBuilt) {
        String configured = environment.getProperty(PROJECT_ID_PROPERTY, environment.getProperty(PROJECT_ID, ""));
        boolean projectIdSet =
                environment.containsProperty(PROJECT_ID_PROPERTY) || environment.containsProperty(PROJECT_ID);
        Boolean devAuth = devAuth(environment.getProperty(DEV_AUTH));
        if (projectIdSet) {
            return firebase(configured, devAuth);
        }
        if (!devIssuerBuilt) {
            throw invalid(PROJECT_ID, "(not set)", "this build has no local dev token issuer: set FIREBASE_PROJECT_ID");
        }
        if (Boolean.FALSE.equals(devAuth)) {
            throw invalid(DEV_AUTH, "false", "the local dev token issuer is switched off: set FIREBASE_PROJECT_ID");
        }
        boolean externalDatabase = environment.containsProperty("DB_HOST");
        if (externalDatabase && devAuth == null) {
            throw invalid(
                    PROJECT_ID,
                    "(not set)",
                    "DB_HOST names an external database, so this looks like a deployment: set FIREBASE_PROJECT_ID,"
                            + " or set FRAMERATR_DEV_AUTH=true to accept tokens from the local dev issuer on purpose");
        }
        return new AuthMode(null);
    }

    static AuthMode resolve(Environment environment, ClassLoader classLoader) {
        return resolve(environment, ClassUtils.isPresent(DEV_ISSUER_CLASS, classLoader));
    }

    private static AuthMode firebase(String configured, @Nullable Boolean devAuth) {
        if (configured.isBlank()) {
            throw invalid(
                    PROJECT_ID,
                    "'" + configured + "'",
                    "it is set but blank; set it to the Firebase project id, or remove it for local runs");
        }
        String projectId = configured.strip();
        if (!FIREBASE_PROJECT.matcher(projectId).matches()) {
            throw invalid(
                    PROJECT_ID,
                    projectId,
                    "not a Firebase project id (6 to 30 lower-case letters, digits and hyphens, starting with a letter)");
        }
        if (Boolean.TRUE.equals(devAuth)) {
            throw invalid(DEV_AUTH, "true", "FIREBASE_PROJECT_ID is set too; choose one of the two");
        }
        return new AuthMode(projectId);
    }

    private static @Nullable Boolean devAuth(@Nullable String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw invalid(DEV_AUTH, "'" + value + "'", "must be true or false");
        };
    }

    private static InvalidConfigurationPropertyValueException invalid(String name, String value, String reason) {
        return new InvalidConfigurationPropertyValueException(name, value, reason);
    }

    /** For the dev issuer's beans: present only in dev mode. An invalid setting fails in {@link #resolve}. */
    static final class DevIssuerEnabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            try {
                return resolve(context.getEnvironment(), true).dev();
            } catch (InvalidConfigurationPropertyValueException invalid) {
                return false;
            }
        }
    }
}
