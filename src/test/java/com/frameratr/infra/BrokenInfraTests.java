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
        Function<InfraPolicy, List<String>> writes = InfraPolicy::writeActionsOnAnyResource;
        Function<InfraPolicy, List<String>> managed = InfraPolicy::managedReadAllPolicies;
        Function<InfraPolicy, List<String>> master = InfraPolicy::masterSecretOutsideMigration;
        Function<InfraPolicy, List<String>> port = InfraPolicy::managementPortExposed;
        Function<InfraPolicy, List<String>> state = InfraPolicy::passwordsInState;
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
                                "awslogs-group         = aws_cloudwatch_log_group.backend.name\n"
                                        + "          awslogs-region        = var.aws_region\n"
                                        + "          awslogs-stream-prefix = \"migrate\"",
                                "awslogs-group         = \"/ecs/somewhere-else\"\n"
                                        + "          awslogs-region        = var.aws_region\n"
                                        + "          awslogs-stream-prefix = \"migrate\"")),
                broken(
                        "bigger task (variable default)",
                        InfraPolicy::wrongTaskSize,
                        "256 CPU / 512 MB",
                        edit("variables.tf", "default     = 512", "default     = 1024")),
                broken(
                        "migration task size hard-coded",
                        InfraPolicy::wrongTaskSize,
                        "aws_ecs_task_definition.migrate must be 256 CPU / 512 MB, found 512 / 512",
                        edit(
                                "ecs.tf",
                                "network_mode             = \"awsvpc\"\n  cpu                      = var.task_cpu\n"
                                        + "  memory                   = var.task_memory\n"
                                        + "  execution_role_arn       = aws_iam_role.migrate_execution.arn",
                                "network_mode             = \"awsvpc\"\n  cpu                      = 512\n"
                                        + "  memory                   = var.task_memory\n"
                                        + "  execution_role_arn       = aws_iam_role.migrate_execution.arn")),
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
                        edit(
                                "rds.tf",
                                "manage_master_user_password = true",
                                "password                    = \"Tr0ub4dor-and-3\"")),
                // least privilege: no write action on "*"
                broken(
                        "image push to any repository",
                        writes,
                        "write action ecr:PutImage on resource *",
                        edit(
                                "github.tf",
                                "\"ecr:UploadLayerPart\",\n    ]\n    resources = [aws_ecr_repository.backend.arn]",
                                "\"ecr:UploadLayerPart\",\n    ]\n    resources = [\"*\"]")),
                broken(
                        "every ECS action on any resource",
                        writes,
                        "write action ecs:* on resource *",
                        edit("github.tf", "\"ecs:RegisterTaskDefinition\",", "\"ecs:*\",")),
                broken(
                        "service update on any service of the account",
                        writes,
                        "write action ecs:UpdateService on resource arn:aws:ecs:us-east-1:123456789012:*",
                        edit(
                                "github.tf",
                                "resources = [aws_ecs_service.backend.id]",
                                "resources = [\"arn:aws:ecs:us-east-1:123456789012:*\"]")),
                broken(
                        "inline JSON policy writing anywhere",
                        writes,
                        "write action s3:PutObject on resource *",
                        append(
                                "iam.tf",
                                "resource \"aws_iam_role_policy\" \"debug\" {\n  role = aws_iam_role.task.id\n"
                                        + "  policy = jsonencode({\n    Version = \"2012-10-17\"\n"
                                        + "    Statement = [{ Effect = \"Allow\", Action = [\"s3:PutObject\"],"
                                        + " Resource = \"*\" }]\n  })\n}\n")),
                // least privilege: no managed read-all policy
                broken(
                        "ReadOnlyAccess on the deploy role",
                        managed,
                        "attaches the AWS managed policy ReadOnlyAccess",
                        append(
                                "github.tf",
                                "resource \"aws_iam_role_policy_attachment\" \"github_deploy_read_only\" {\n"
                                        + "  count      = local.github_deploy ? 1 : 0\n"
                                        + "  role       = aws_iam_role.github_deploy[0].name\n"
                                        + "  policy_arn = \"arn:aws:iam::aws:policy/ReadOnlyAccess\"\n}\n")),
                broken(
                        "ViewOnlyAccess (job function) on the plan role",
                        managed,
                        "attaches the AWS managed policy ViewOnlyAccess",
                        append(
                                "github.tf",
                                "resource \"aws_iam_role_policy_attachment\" \"github_plan_view\" {\n"
                                        + "  count      = local.github_deploy ? 1 : 0\n"
                                        + "  role       = aws_iam_role.github_plan[0].name\n"
                                        + "  policy_arn = \"arn:aws:iam::aws:policy/job-function/ViewOnlyAccess\"\n}\n")),
                broken(
                        "PowerUserAccess through managed_policy_arns",
                        managed,
                        "aws_iam_role.github_plan attaches the AWS managed policy PowerUserAccess",
                        edit(
                                "github.tf",
                                "name                 = \"${local.name}-github-plan\"",
                                "name                 = \"${local.name}-github-plan\"\n"
                                        + "  managed_policy_arns  = [\"arn:aws:iam::aws:policy/PowerUserAccess\"]")),
                broken(
                        "AdministratorAccess on the task role",
                        managed,
                        "attaches the AWS managed policy AdministratorAccess",
                        append(
                                "iam.tf",
                                "resource \"aws_iam_role_policy_attachment\" \"task_admin\" {\n"
                                        + "  role       = aws_iam_role.task.name\n"
                                        + "  policy_arn = \"arn:aws:iam::aws:policy/AdministratorAccess\"\n}\n")),
                // least privilege: iam:PassRole for the task definitions' roles only
                broken(
                        "PassRole for any role",
                        InfraPolicy::passRoleBeyondTaskRoles,
                        "may pass *",
                        edit(
                                "github.tf",
                                "    resources = [\n      aws_iam_role.execution.arn,\n"
                                        + "      aws_iam_role.migrate_execution.arn,\n      aws_iam_role.task.arn,\n    ]",
                                "    resources = [\"*\"]")),
                broken(
                        "PassRole for the deploy role itself",
                        InfraPolicy::passRoleBeyondTaskRoles,
                        "may pass aws_iam_role.github_deploy",
                        edit(
                                "github.tf",
                                "      aws_iam_role.task.arn,\n    ]",
                                "      aws_iam_role.task.arn,\n      aws_iam_role.github_deploy[0].arn,\n    ]")),
                broken(
                        "PassRole to any service",
                        InfraPolicy::passRoleBeyondTaskRoles,
                        "must limit iam:PassRole with iam:PassedToService",
                        edit(
                                "github.tf",
                                "      variable = \"iam:PassedToService\"\n      values   = [\"ecs-tasks.amazonaws.com\"]",
                                "      variable = \"iam:PassedToService\"\n      values   = [\"*\"]")),
                broken(
                        "PassRole through iam:*",
                        InfraPolicy::passRoleBeyondTaskRoles,
                        "may pass *",
                        edit(
                                        "github.tf",
                                        "    actions   = [\"ecs:RunTask\"]",
                                        "    actions   = [\"ecs:RunTask\", \"iam:*\"]")
                                .then(
                                        "github.tf",
                                        "resources = [\"${local.ecs_arn_prefix}:task-definition/${aws_ecs_task_definition.migrate.family}:*\"]",
                                        "resources = [\"*\"]")),
                // the master secret: the migration task only
                broken(
                        "service execution role reads the master secret",
                        master,
                        "aws_iam_role.execution may read the RDS master secret",
                        edit(
                                "iam.tf",
                                "      aws_secretsmanager_secret.db_app.arn,\n      aws_secretsmanager_secret.tmdb.arn,\n",
                                "      aws_secretsmanager_secret.db_app.arn,\n      aws_secretsmanager_secret.tmdb.arn,\n"
                                        + "      aws_db_instance.main.master_user_secret[0].secret_arn,\n")),
                broken(
                        "service connects with the master password",
                        master,
                        "of aws_ecs_task_definition.backend reads the master secret as DB_PASS",
                        edit(
                                "ecs.tf",
                                "{ name = \"DB_PASS\", valueFrom = \"${aws_secretsmanager_secret.db_app.arn}:password::\" },",
                                "{ name = \"DB_PASS\", valueFrom = \"${aws_db_instance.main.master_user_secret[0].secret_arn}:password::\" },")),
                broken(
                        "service starts with the migration task's execution role",
                        master,
                        "(the service) starts with aws_iam_role.migrate_execution",
                        edit(
                                "ecs.tf",
                                "execution_role_arn       = aws_iam_role.execution.arn",
                                "execution_role_arn       = aws_iam_role.migrate_execution.arn")),
                broken(
                        "execution role reads every secret",
                        master,
                        "may read any secret",
                        edit(
                                "iam.tf",
                                "      aws_secretsmanager_secret.tmdb.arn,\n",
                                "      \"arn:aws:secretsmanager:${var.aws_region}:${local.account_id}:secret:*\",\n")),
                broken(
                        "no migration task",
                        master,
                        "runs [\"migrate\"]",
                        edit("ecs.tf", "command   = [\"migrate\"]", "command   = [\"serve\"]")),
                // the management port stays inside the task
                broken(
                        "management port mapped",
                        port,
                        "maps the management port 9090",
                        edit(
                                "ecs.tf",
                                "{ containerPort = var.container_port, protocol = \"tcp\" },",
                                "{ containerPort = var.container_port, protocol = \"tcp\" },\n"
                                        + "        { containerPort = 9090, protocol = \"tcp\" },")),
                broken(
                        "management port admitted from the ALB",
                        port,
                        "ingress admits the management port 9090: tasks tcp/9000-9100 from security group alb",
                        append(
                                "security_groups.tf",
                                "resource \"aws_vpc_security_group_ingress_rule\" \"tasks_management\" {\n"
                                        + "  security_group_id            = aws_security_group.tasks.id\n"
                                        + "  ip_protocol                  = \"tcp\"\n  from_port                    = 9000\n"
                                        + "  to_port                      = 9100\n"
                                        + "  referenced_security_group_id = aws_security_group.alb.id\n}\n")),
                broken(
                        "target group on the management port",
                        port,
                        "aws_lb_target_group.backend sends the load balancer's traffic to the management port 9090",
                        edit("alb.tf", "port        = var.container_port", "port        = 9090")),
                broken(
                        "service behind the ALB on the management port",
                        port,
                        "aws_ecs_service.backend puts the management port 9090 behind the load balancer",
                        edit("ecs.tf", "container_port   = var.container_port", "container_port   = 9090")),
                broken(
                        "no MANAGEMENT_PORT for the service",
                        port,
                        "does not set MANAGEMENT_PORT",
                        edit(
                                "ecs.tf",
                                "        { name = \"MANAGEMENT_PORT\", value = tostring(local.management_port) },\n",
                                "")),
                // no password in the state
                broken(
                        "master password managed by Terraform",
                        state,
                        "must set manage_master_user_password = true",
                        edit("rds.tf", "manage_master_user_password = true", "manage_master_user_password = false")),
                broken(
                        "generated password resource",
                        state,
                        "random_password.db keeps its result in the Terraform state",
                        append("secrets.tf", "resource \"random_password\" \"db\" {\n  length = 32\n}\n")),
                broken(
                        "app password written to secret_string",
                        state,
                        "aws_secretsmanager_secret_version.db_app writes a password with secret_string",
                        edit("secrets.tf", "  secret_string_wo = jsonencode({", "  secret_string = jsonencode({")),
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
