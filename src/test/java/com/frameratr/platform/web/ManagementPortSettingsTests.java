package com.frameratr.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frameratr.FrameRatrApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/**
 * Under Spring AOT (the {@code -Dproduction} jar with {@code -Dspring.aot.enabled=true}) whether
 * Actuator has a context of its own was decided at build time, for a management port. Started without
 * {@code MANAGEMENT_PORT}, such a jar says so, instead of failing later inside the web server factory.
 */
class ManagementPortSettingsTests {

    private final SpringApplication application = new SpringApplication(FrameRatrApplication.class);

    @Test
    void aBuildTimePreparedJarWithoutAManagementPortRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> new ManagementPortSettings(() -> true)
                        .postProcessEnvironment(new MockEnvironment(), application))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("MANAGEMENT_PORT is not set, but this build was prepared by Spring AOT")
                .hasMessageContaining("set MANAGEMENT_PORT (the ECS task uses 9090)");
    }

    @Test
    void aBuildTimePreparedJarWithAManagementPortServesActuatorThere() {
        MockEnvironment environment = new MockEnvironment().withProperty("MANAGEMENT_PORT", "9090");
        new ManagementPortSettings(() -> true).postProcessEnvironment(environment, application);
        assertThat(environment.getProperty("management.server.port")).isEqualTo("9090");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
                .isEqualTo("health,info,metrics");
    }

    @Test
    void withoutBuildTimeBeanDefinitionsNoManagementPortMeansHealthOnly() {
        MockEnvironment environment = new MockEnvironment();
        new ManagementPortSettings(() -> false).postProcessEnvironment(environment, application);
        assertThat(environment.getProperty("management.server.port")).isNull();
        assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
                .isEqualTo("health");
    }
}
