package com.frameratr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Features depend on each other only through their public doors, in one direction, and the module
 * diagram in docs/modules is the one the code makes.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(FrameRatrApplication.class);
    static final Path GENERATED = Path.of("target/spring-modulith-docs");
    static final Path COMMITTED = Path.of("docs/modules/components.puml");

    @Test
    void modulesRespectTheirAllowedDependencies() {
        MODULES.verify();
    }

    @Test
    void theCommittedModuleDiagramIsTheOneTheCodeMakes() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        // the same modules and relations; Modulith writes them in no fixed order
        List<String> generated = Files.readAllLines(GENERATED.resolve("components.puml"));
        assertThat(Files.readAllLines(COMMITTED))
                .as(
                        "docs/modules/components.puml is out of date: copy %s over it",
                        GENERATED.resolve("components.puml"))
                .containsExactlyInAnyOrderElementsOf(generated);
    }
}
