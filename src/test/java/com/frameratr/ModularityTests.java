package com.frameratr;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features depend on each other only through their public doors, in one direction. */
class ModularityTests {

    @Test
    void modulesRespectTheirAllowedDependencies() {
        ApplicationModules.of(FrameRatrApplication.class).verify();
    }
}
