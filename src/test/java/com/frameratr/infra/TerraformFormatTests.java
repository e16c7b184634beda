package com.frameratr.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code terraform fmt -check -recursive infra} where a terraform binary exists (it needs no
 * providers, so it works offline); skipped with a message elsewhere. CI's workflow runs it too.
 */
class TerraformFormatTests {

    @Test
    void infraIsTerraformFormatted() throws Exception {
        Path terraform = terraformOrSkip();

        Result result = fmtCheck(terraform, TerraformPolicyTests.INFRA);

        assertThat(result.exitCode())
                .as(
                        "terraform fmt -check found unformatted files (run: terraform fmt -recursive infra):%n%s",
                        result.output())
                .isZero();
    }

    @Test
    void fmtCheckFailsOnABadlyFormattedCopy(@TempDir Path copy) throws Exception {
        Path terraform = terraformOrSkip();
        Path file = copy.resolve("main.tf");
        Files.writeString(file, "resource \"aws_s3_bucket\" \"b\" {\nbucket=\"x\"\n}\n");

        Result result = fmtCheck(terraform, copy);

        assertThat(result.exitCode()).as("fmt -check on a misformatted file").isNotZero();
    }

    private record Result(int exitCode, String output) {}

    private static Result fmtCheck(Path terraform, Path directory) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        terraform.toString(), "fmt", "-check", "-recursive", "-diff", directory.toString())
                .redirectErrorStream(true);
        // fmt reads no CLI configuration; an empty value keeps a missing ~/.terraformrc from warning.
        builder.environment().put("TF_CLI_CONFIG_FILE", "");
        Process process = builder.start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
            throw new IllegalStateException("terraform fmt did not finish in 60 s");
        }
        return new Result(process.exitValue(), output);
    }

    private static Path terraformOrSkip() {
        Optional<Path> terraform = Stream.concat(
                        Stream.of(Path.of("/usr/local/bin/terraform")),
                        Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                                .filter(dir -> !dir.isBlank())
                                .map(dir -> Path.of(dir, "terraform")))
                .filter(Files::isExecutable)
                .findFirst();
        assumeTrue(
                terraform.isPresent(), "terraform is not installed here: skipping terraform fmt -check (CI runs it)");
        return terraform.orElseThrow();
    }
}
