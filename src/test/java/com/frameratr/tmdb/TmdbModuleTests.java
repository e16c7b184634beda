package com.frameratr.tmdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.FrameRatrApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** tmdb uses only platform; catalog reaches it only through its public types (Spring Modulith). */
class TmdbModuleTests {

    static final ApplicationModules modules = ApplicationModules.of(FrameRatrApplication.class);

    @Test
    void tmdbDependsOnlyOnPlatform() {
        var tmdb = modules.getModuleByName("tmdb").orElseThrow();

        tmdb.verifyDependencies(modules);
        assertThat(tmdb.getBootstrapDependencies(modules).map(module -> module.getName()))
                .allMatch("platform"::equals);
    }

    @Test
    void catalogUsesTmdbWithinItsAllowedDependencies() {
        modules.getModuleByName("catalog").orElseThrow().verifyDependencies(modules);
    }
}
