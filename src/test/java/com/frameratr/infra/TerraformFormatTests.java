package com.frameratr.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code terraform fmt -check -recursive infra} (the {@code .tf} files and the tests'
 * {@code .tftest.hcl} and {@code .tfmock.hcl} files) where a terraform binary exists (it needs no
 * providers, so it works offline); skipped with a message elsewhere. CI's workflow runs it too.
 */
class TerraformFormatTests {

    @Test
    void infraIsTerraformFormatted() throws Exception {
        TerraformCli terraform = terraformOrSkip();

        TerraformCli.Result result = fmtCheck(terraform, TerraformPolicyTests.INFRA);

        assertThat(result.exitCode())
                .as(
                        "terraform fmt -check found unformatted files (run: terraform fmt -recursive infra):%n%s",
                        result.output())
                .isZero();
    }

    @Test
    void fmtCheckFailsOnABadlyFormattedCopy(@TempDir Path copy) throws Exception {
        TerraformCli terraform = terraformOrSkip();
        Files.writeString(copy.resolve("main.tf"), "resource \"aws_s3_bucket\" \"b\" {\nbucket=\"x\"\n}\n");

        TerraformCli.Result result = fmtCheck(terraform, copy);

        assertThat(result.exitCode()).as("fmt -check on a misformatted file").isNotZero();
    }

    @Test
    void fmtCheckCoversTheModuleTests(@TempDir Path copy) throws Exception {
        TerraformCli terraform = terraformOrSkip();
        Files.createDirectories(copy.resolve("tests"));
        Files.writeString(copy.resolve("tests/a.tftest.hcl"), "run \"a\" {\ncommand=plan\n}\n");

        TerraformCli.Result result = fmtCheck(terraform, copy);

        assertThat(result.exitCode())
                .as("fmt -check on a misformatted .tftest.hcl file")
                .isNotZero();
    }

    private static TerraformCli.Result fmtCheck(TerraformCli terraform, Path directory) throws Exception {
        return terraform.run(
                directory.toAbsolutePath().getParent(),
                null,
                60,
                "fmt",
                "-check",
                "-recursive",
                "-diff",
                directory.toAbsolutePath().toString());
    }

    private static TerraformCli terraformOrSkip() {
        Optional<TerraformCli> terraform = TerraformCli.find();
        assumeTrue(
                terraform.isPresent(), "terraform is not installed here: skipping terraform fmt -check (CI runs it)");
        return terraform.orElseThrow();
    }
}
