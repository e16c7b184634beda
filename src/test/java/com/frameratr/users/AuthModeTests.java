package com.frameratr.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.mock.env.MockEnvironment;

/** Which tokens the service accepts, from FIREBASE_PROJECT_ID, FRAMERATR_DEV_AUTH and DB_HOST: fail closed. */
class AuthModeTests {

    @Test
    void projectIdSelectsFirebaseTokensOfThatProject() {
        AuthMode mode = AuthMode.resolve(env().withProperty("FIREBASE_PROJECT_ID", " frameratr-prod "), true);

        assertThat(mode.dev()).isFalse();
        assertThat(mode.effectiveProjectId()).isEqualTo("frameratr-prod");
        assertThat(mode.issuer()).isEqualTo("https://securetoken.google.com/frameratr-prod");
    }

    @Test
    void emptyProjectIdRefusesToStart() {
        assertThatThrownBy(() -> AuthMode.resolve(env().withProperty("FIREBASE_PROJECT_ID", ""), true))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("FIREBASE_PROJECT_ID")
                .hasMessageContaining("blank");
    }

    @Test
    void whitespaceProjectIdRefusesToStart() {
        assertThatThrownBy(() -> AuthMode.resolve(env().withProperty("FIREBASE_PROJECT_ID", " \t"), true))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("blank");
    }

    @Test
    void malformedProjectIdRefusesToStart() {
        assertThatThrownBy(() -> AuthMode.resolve(env().withProperty("FIREBASE_PROJECT_ID", "My Project"), true))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("not a Firebase project id");
    }

    @Test
    void noProjectIdWithTheEmbeddedDatabaseIsTheLocalDevIssuer() {
        assertThat(AuthMode.resolve(env(), true).dev()).isTrue();
    }

    @Test
    void externalDatabaseWithoutProjectIdOrOptInRefusesToStart() {
        assertThatThrownBy(() -> AuthMode.resolve(env().withProperty("DB_HOST", "db.internal"), true))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("FRAMERATR_DEV_AUTH=true");
    }

    @Test
    void externalDatabaseWithExplicitOptInIsTheLocalDevIssuer() {
        AuthMode mode = AuthMode.resolve(
                env().withProperty("DB_HOST", "127.0.0.1").withProperty("FRAMERATR_DEV_AUTH", "true"), true);

        assertThat(mode.dev()).isTrue();
    }

    @Test
    void buildWithoutTheDevIssuerNeverRunsIt() {
        assertThatThrownBy(() -> AuthMode.resolve(env().withProperty("FRAMERATR_DEV_AUTH", "true"), false))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("this build has no local dev token issuer");
        assertThatThrownBy(() -> AuthMode.resolve(env(), false))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class);
    }

    @Test
    void optInTogetherWithAProjectIdRefusesToStart() {
        assertThatThrownBy(() -> AuthMode.resolve(
                        env().withProperty("FIREBASE_PROJECT_ID", "frameratr-prod")
                                .withProperty("FRAMERATR_DEV_AUTH", "true"),
                        true))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("choose one");
    }

    @Test
    void optInMustBeTrueOrFalse() {
        assertThatThrownBy(() -> AuthMode.resolve(env().withProperty("FRAMERATR_DEV_AUTH", "yes"), true))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("must be true or false");
        assertThatThrownBy(() -> AuthMode.resolve(env().withProperty("FRAMERATR_DEV_AUTH", "false"), true))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("switched off");
    }

    private static MockEnvironment env() {
        return new MockEnvironment();
    }
}
