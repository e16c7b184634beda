package com.frameratr.infra;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The terraform binary, run the same way by every test: offline (no version check), without
 * prompts, colour or the caller's {@code TF_VAR_*}, {@code TF_CLI_ARGS*}, {@code TF_LOG*} or data
 * and plugin cache directories, and with a CLI configuration of our choosing (an empty file unless
 * a test gives one), so that what a developer's shell exports cannot change a result.
 */
final class TerraformCli {

    record Result(int exitCode, String output) {}

    private final Path binary;

    private TerraformCli(Path binary) {
        this.binary = binary;
    }

    /** /usr/local/bin/terraform or the first terraform on the PATH. */
    static Optional<TerraformCli> find() {
        return Stream.concat(
                        Stream.of(Path.of("/usr/local/bin/terraform")),
                        Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                                .filter(dir -> !dir.isBlank())
                                .map(dir -> Path.of(dir, "terraform")))
                .filter(Files::isExecutable)
                .findFirst()
                .map(TerraformCli::new);
    }

    Path binary() {
        return binary;
    }

    /**
     * Runs {@code terraform <arguments>} in {@code directory}; {@code cliConfig} is the CLI
     * configuration file to use ({@code null}: none). Output is stdout and stderr together.
     */
    Result run(Path directory, Path cliConfig, long timeoutSeconds, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment
                .keySet()
                .removeIf(name -> name.startsWith("TF_VAR_")
                        || name.startsWith("TF_CLI_ARGS")
                        || name.startsWith("TF_LOG")
                        || name.equals("TF_DATA_DIR")
                        || name.equals("TF_PLUGIN_CACHE_DIR")
                        || name.equals("TF_WORKSPACE"));
        // An empty value: no CLI configuration, and no warning about a missing ~/.terraformrc.
        environment.put("TF_CLI_CONFIG_FILE", cliConfig == null ? "" : cliConfig.toString());
        environment.put("CHECKPOINT_DISABLE", "1");
        environment.put("TF_IN_AUTOMATION", "1");
        environment.put("TF_INPUT", "0");
        Process process = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(output unreadable: " + e.getMessage() + ")";
            }
        });
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("terraform " + String.join(" ", arguments) + " did not finish in "
                    + timeoutSeconds + " s:\n" + output.getNow("(no output yet)"));
        }
        return new Result(process.exitValue(), output.join());
    }
}
