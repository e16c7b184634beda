package com.frameratr.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proof that each policy rule catches what it claims to: the real {@code infra/} is copied, one
 * property is broken by an exact text edit (which must apply exactly once, so these cases cannot rot
 * silently when the Terraform changes), and the rule must report it.
 */
class BrokenInfraTests {

    record Breakage(String file, String from, String to) {}

    @TempDir
    Path copy;

    static Stream<Arguments> brokenCopies() {
        Function<InfraPolicy, List<String>> ingress = InfraPolicy::unexpectedIngress;
        return Stream.of(
                broken(
                        "SSH open to the world",
                        ingress,
                        "ingress not allowed by the seed: alb tcp/22 from 0.0.0.0/0",
                        edit(
                                "security_groups.tf",
                                "\"HTTPS from anywhere\"\n  ip_protocol       = \"tcp\"\n  from_port         = 443\n  to_port           = 443",
                                "\"SSH\"\n  ip_protocol       = \"tcp\"\n  from_port         = 22\n  to_port           = 22")),
                broken(
                        "database reachable from anywhere",
                        ingress,
                        "db tcp/5432 from 0.0.0.0/0",
                        edit(
                                "security_groups.tf",
                                "to_port                      = 5432\n  referenced_security_group_id = aws_security_group.tasks.id",
                                "to_port                      = 5432\n  cidr_ipv4                    = \"0.0.0.0/0\"")),
                broken(
                        "inline ingress block on the tasks",
                        ingress,
                        "tasks tcp/8080 from 0.0.0.0/0",
                        edit(
                                "security_groups.tf",
                                "  description = \"FrameRatr ${var.environment} backend tasks\"\n",
                                "  description = \"FrameRatr ${var.environment} backend tasks\"\n"
                                        + "  ingress {\n    from_port   = 8080\n    to_port     = 8080\n    protocol    = \"tcp\"\n"
                                        + "    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n")),
                broken(
                        "aws_security_group_rule opening all ports",
                        ingress,
                        "tasks all/0-65535",
                        append(
                                "security_groups.tf",
                                "resource \"aws_security_group_rule\" \"debug\" {\n  type              = \"ingress\"\n"
                                        + "  protocol          = \"-1\"\n  from_port         = 0\n  to_port           = 0\n"
                                        + "  security_group_id = aws_security_group.tasks.id\n  cidr_blocks       = [\"10.0.0.0/8\"]\n}\n")),
                broken(
                        "database in the ALB's group",
                        ingress,
                        "aws_db_instance.main must be in security group db",
                        edit("rds.tf", "[aws_security_group.db.id]", "[aws_security_group.alb.id]")),
                broken(
                        "public database",
                        InfraPolicy::publicDatabases,
                        "publicly_accessible",
                        edit("rds.tf", "publicly_accessible    = false", "publicly_accessible    = true")),
                broken(
                        "unencrypted database",
                        InfraPolicy::unencryptedDatabases,
                        "storage_encrypted",
                        edit("rds.tf", "storage_encrypted     = true", "storage_encrypted     = false")),
                broken(
                        "tasks with public IPs",
                        InfraPolicy::tasksWithPublicIps,
                        "assigns public IPs",
                        edit("ecs.tf", "assign_public_ip = false", "assign_public_ip = true")),
                broken(
                        "tasks in the public subnets",
                        InfraPolicy::tasksWithPublicIps,
                        "private subnets",
                        edit(
                                "ecs.tf",
                                "subnets          = aws_subnet.private[*].id",
                                "subnets          = aws_subnet.public[*].id")),
                broken(
                        "log group removed",
                        InfraPolicy::missingLogGroup,
                        "no aws_cloudwatch_log_group",
                        edit(
                                "logs.tf",
                                "resource \"aws_cloudwatch_log_group\" \"backend\"",
                                "resource \"aws_s3_bucket\" \"backend\"")),
                broken(
                        "log group without retention",
                        InfraPolicy::missingLogGroup,
                        "retention_in_days",
                        edit("logs.tf", "-backend\"\n  retention_in_days = var.log_retention_days\n", "-backend\"\n")),
                broken(
                        "container logging elsewhere",
                        InfraPolicy::missingLogGroup,
                        "must log with awslogs",
                        edit(
                                "ecs.tf",
                                "awslogs-group         = aws_cloudwatch_log_group.backend.name",
                                "awslogs-group         = \"/ecs/somewhere-else\"")),
                broken(
                        "bigger task (variable default)",
                        InfraPolicy::wrongTaskSize,
                        "256 CPU / 512 MB",
                        edit("variables.tf", "default     = 512", "default     = 1024")),
                broken(
                        "task size hard-coded",
                        InfraPolicy::wrongTaskSize,
                        "found 512 / 512",
                        edit("ecs.tf", "cpu                      = var.task_cpu", "cpu                      = 512")),
                broken(
                        "health check on /",
                        InfraPolicy::wrongHealthCheck,
                        "found path /",
                        edit("alb.tf", "path                = \"/health\"", "path                = \"/\"")),
                broken(
                        "health check every 10 s",
                        InfraPolicy::wrongHealthCheck,
                        "every 10 s",
                        edit("alb.tf", "interval            = 30", "interval            = 10")),
                broken(
                        "literal database password",
                        null,
                        "literal value for password",
                        edit("rds.tf", "password = random_password.db.result", "password = \"Tr0ub4dor-and-3\"")),
                broken(
                        "TMDb read token in the example tfvars",
                        null,
                        "looks like a credential",
                        append(
                                "terraform.tfvars.example",
                                "tmdb = \"eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJmcmFtZXJhdHIifQ.c2lnbmF0dXJl\"\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCopies")
    void ruleReportsTheBrokenCopy(
            String name, Function<InfraPolicy, List<String>> rule, String expected, Breakage[] edits)
            throws IOException {
        Path infra = copyOfInfra();
        for (Breakage edit : edits) {
            apply(infra.resolve("terraform").resolve(edit.file()), edit);
        }

        List<String> violations = rule == null
                ? SecretLiterals.in(infra)
                : rule.apply(new InfraPolicy(TerraformStack.load(infra.resolve("terraform"))));

        assertThat(violations)
                .as("violations reported for: " + name)
                .anyMatch(violation -> violation.contains(expected));
    }

    private static Arguments broken(
            String name, Function<InfraPolicy, List<String>> rule, String expected, Edits edits) {
        return Arguments.of(name, rule, expected, edits.all());
    }

    /** A list of edits built fluently. */
    record Edits(List<Breakage> list) {
        Edits then(String file, String from, String to) {
            return new Edits(Stream.concat(list.stream(), Stream.of(new Breakage(file, from, to)))
                    .toList());
        }

        Breakage[] all() {
            return list.toArray(Breakage[]::new);
        }
    }

    private static Edits edit(String file, String from, String to) {
        return new Edits(List.of(new Breakage(file, from, to)));
    }

    private static Edits append(String file, String text) {
        return new Edits(List.of(new Breakage(file, null, text)));
    }

    private Path copyOfInfra() throws IOException {
        Path source = TerraformPolicyTests.INFRA;
        Path target = copy.resolve("infra");
        try (Stream<Path> files = Files.walk(source)) {
            files.filter(path -> !path.toString().contains(".terraform")).forEach(path -> {
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
        return target;
    }

    private static void apply(Path file, Breakage edit) throws IOException {
        String text = Files.readString(file);
        if (edit.from() == null) {
            Files.writeString(file, text + "\n" + edit.to());
            return;
        }
        int first = text.indexOf(edit.from());
        assertThat(first)
                .as("the edit must find its text in " + file.getFileName() + ": " + edit.from())
                .isNotNegative();
        assertThat(text.indexOf(edit.from(), first + 1))
                .as("the edit must apply exactly once in " + file.getFileName() + ": " + edit.from())
                .isNegative();
        Files.writeString(file, text.replace(edit.from(), edit.to()));
    }
}
