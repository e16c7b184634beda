package com.frameratr.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code terraform validate} and {@code terraform test} on a copy of {@code infra/terraform},
 * offline: {@code terraform init -backend=false -plugin-dir=<dir>} installs the AWS provider from a
 * local directory ({@code TF_PLUGIN_DIR}, else {@code /opt/tf-plugins}), and the
 * {@code tests/*.tftest.hcl} files apply the whole stack against a mocked provider (no account, no
 * network). Skipped, with a message naming what is missing, where terraform or the provider is not
 * installed; CI's verify job provides both.
 */
class TerraformModuleTests {

    private static final Path DEFAULT_PLUGIN_DIR = Path.of("/opt/tf-plugins");
    private static final Path AWS_PROVIDER = Path.of("registry.terraform.io", "hashicorp", "aws");

    @TempDir
    static Path work;

    private static TerraformCli terraform;
    private static Path module;
    private static String missing;

    @BeforeAll
    static void initialiseACopyOfTheModule() throws Exception {
        Optional<TerraformCli> cli = TerraformCli.find();
        String configured = System.getenv("TF_PLUGIN_DIR");
        Path plugins = configured == null || configured.isBlank() ? DEFAULT_PLUGIN_DIR : Path.of(configured);
        if (cli.isEmpty()) {
            missing = "terraform is not installed here (neither /usr/local/bin/terraform nor on the PATH):"
                    + " skipping terraform validate and terraform test";
        } else if (!hasEntries(plugins.resolve(AWS_PROVIDER))) {
            missing = "no AWS provider in " + plugins.resolve(AWS_PROVIDER) + " (install it under /opt/tf-plugins,"
                    + " or set TF_PLUGIN_DIR to a directory made by terraform providers mirror): skipping"
                    + " terraform validate and terraform test";
        }
        if (missing != null) {
            // Assumptions in @BeforeAll would hide the class from the report; each test skips instead,
            // and the build log says why.
            System.out.println("TerraformModuleTests: " + missing);
            return;
        }
        terraform = cli.orElseThrow();

        module = work.resolve("terraform");
        copyModule(TerraformPolicyTests.INFRA.resolve("terraform"), module);
        Path cliConfig = Files.writeString(work.resolve("terraformrc"), "");

        TerraformCli.Result init = terraform.run(
                module,
                cliConfig,
                180,
                "init",
                "-backend=false",
                "-input=false",
                "-no-color",
                "-plugin-dir=" + plugins.toAbsolutePath());
        assertThat(init.exitCode())
                .as("terraform init -backend=false -plugin-dir=%s failed:%n%s", plugins, init.output())
                .isZero();
    }

    @Test
    void moduleIsValid() throws Exception {
        assumeTrue(missing == null, missing);

        TerraformCli.Result validate = terraform.run(module, work.resolve("terraformrc"), 180, "validate", "-no-color");

        assertThat(validate.exitCode())
                .as("terraform validate failed:%n%s", validate.output())
                .isZero();
    }

    @Test
    void moduleTestsPassAgainstTheMockedProvider() throws Exception {
        assumeTrue(missing == null, missing);

        TerraformCli.Result test = terraform.run(module, work.resolve("terraformrc"), 300, "test", "-no-color");

        assertThat(test.exitCode())
                .as("terraform test (infra/terraform/tests/*.tftest.hcl) failed:%n%s", test.output())
                .isZero();
        assertThat(test.output())
                .as("terraform test must have run the dev, prod and validation files:%n%s", test.output())
                .contains(
                        "tests/dev.tftest.hcl... pass",
                        "tests/prod.tftest.hcl... pass",
                        "tests/validations.tftest.hcl... pass")
                .containsPattern("Success! \\d+ passed, 0 failed");
    }

    private static boolean hasEntries(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The module's files without what a local init or apply leaves behind (.terraform, state, lock
     * file) or what only one operator has (terraform.tfvars, backend.hcl), which would make the run
     * depend on the machine.
     */
    private static void copyModule(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            files.filter(path -> !skipped(source.relativize(path))).forEach(path -> {
                try {
                    Path destination = target.resolve(source.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(path, destination);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals(".terraform")
                    || name.equals(".terraform.lock.hcl")
                    || name.contains(".tfstate")
                    || name.equals("terraform.tfvars")
                    || name.endsWith(".auto.tfvars")
                    || (name.startsWith("backend") && name.endsWith(".hcl"))) {
                return true;
            }
        }
        return false;
    }
}
