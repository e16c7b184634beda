resource "aws_ecs_cluster" "main" {
  name = local.name

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

locals {
  container_name         = "backend"
  migrate_container_name = "migrate"

  # Actuator's metrics and info are served on this port only. Nothing reaches it from outside the
  # task: it is not in portMappings, no security group admits it and the ALB forwards to
  # container_port only (checked by TerraformPolicyTests and tests/*.tftest.hcl).
  management_port = 9090
}

# Terraform registers the first revision; scripts/deploy.sh registers later ones (same settings,
# new image) from the newest revision of this family, so Terraform changes here reach the next deploy.
resource "aws_ecs_task_definition" "backend" {
  family                   = "${local.name}-backend"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.task_cpu
  memory                   = var.task_memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }

  container_definitions = jsonencode([
    {
      name      = local.container_name
      image     = "${aws_ecr_repository.backend.repository_url}:${var.image_tag}"
      essential = true

      # The service port only: MANAGEMENT_PORT stays inside the task.
      portMappings = [
        { containerPort = var.container_port, protocol = "tcp" },
      ]

      # The JVM flags for this 0.25 vCPU / 512 MB size are the image's JAVA_OPTS (Dockerfile). The
      # pool and the request bound are stated here so that a bigger task can raise them; both
      # values are the service's defaults, measured in bench/run.sh (docs/performance.md). The
      # image sets DB_SSLMODE=verify-full and the RDS CA bundle (DB_SSLROOTCERT) itself.
      environment = [
        # Where the database is: not secret, so plain environment (as in the migration task).
        { name = "DB_HOST", value = aws_db_instance.main.address },
        { name = "DB_PORT", value = tostring(aws_db_instance.main.port) },
        { name = "DB_NAME", value = aws_db_instance.main.db_name },
        { name = "DB_USER", value = local.app_db_user },
        # Only the migration task migrates; the service checks at start-up that every migration
        # is applied and refuses to start otherwise.
        { name = "DB_MIGRATIONS", value = "validate" },
        { name = "PORT", value = tostring(var.container_port) },
        { name = "MANAGEMENT_PORT", value = tostring(local.management_port) },
        # The ALB's nodes live in the public subnets: X-Forwarded-For/-Proto are trusted from there only.
        { name = "TRUSTED_PROXY_CIDRS", value = join(",", var.public_subnet_cidrs) },
        { name = "FIREBASE_PROJECT_ID", value = var.firebase_project_id },
        { name = "CORS_ALLOWED_ORIGINS", value = var.cors_allowed_origins },
        { name = "TMDB_SLEEP_SEC", value = var.tmdb_sleep_sec },
        { name = "LOG_FORMAT", value = "json" },
        { name = "DB_POOL_SIZE", value = "8" },
        { name = "MAX_CONCURRENT_REQUESTS", value = "64" },
      ]

      # "<secret ARN>:<JSON key>::" injects one key of a JSON secret as an environment variable.
      secrets = [
        { name = "DB_PASS", valueFrom = "${aws_secretsmanager_secret.db_app.arn}:password::" },
        { name = "TMDB_TOKEN", valueFrom = "${aws_secretsmanager_secret.tmdb.arn}:TMDB_TOKEN::" },
      ]

      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.backend.name
          awslogs-region        = var.aws_region
          awslogs-stream-prefix = "backend"
          mode                  = "non-blocking"
          max-buffer-size       = "4m"
        }
      }

      # Spring's graceful shutdown takes up to 25 s; give it 30 before SIGKILL.
      stopTimeout = 30
    },
  ])
}

# The one-off migration task (scripts/deploy.sh runs it before every deploy, and --migrate-only on
# its own): the same image with the command "migrate", which applies the Flyway migrations as the
# RDS master user, then gives frameratr_app LOGIN with the password from the app secret, and exits
# (0 = success). It is the only reader of the master secret: its own execution role may read it, the
# service's may not (iam.tf). No ports: it serves nothing.
resource "aws_ecs_task_definition" "migrate" {
  family                   = "${local.name}-migrate"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.task_cpu
  memory                   = var.task_memory
  execution_role_arn       = aws_iam_role.migrate_execution.arn
  task_role_arn            = aws_iam_role.task.arn

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }

  container_definitions = jsonencode([
    {
      name      = local.migrate_container_name
      image     = "${aws_ecr_repository.backend.repository_url}:${var.image_tag}"
      essential = true
      command   = ["migrate"]

      environment = [
        { name = "DB_HOST", value = aws_db_instance.main.address },
        { name = "DB_PORT", value = tostring(aws_db_instance.main.port) },
        { name = "DB_NAME", value = aws_db_instance.main.db_name },
        # Not used by migrate itself; stated so that a start-up check that wants it with DB_HOST
        # finds the same value as the service's.
        { name = "FIREBASE_PROJECT_ID", value = var.firebase_project_id },
        { name = "LOG_FORMAT", value = "json" },
      ]

      secrets = [
        { name = "DB_USER", valueFrom = "${aws_db_instance.main.master_user_secret[0].secret_arn}:username::" },
        { name = "DB_PASS", valueFrom = "${aws_db_instance.main.master_user_secret[0].secret_arn}:password::" },
        { name = "FRAMERATR_APP_DB_PASSWORD", valueFrom = "${aws_secretsmanager_secret.db_app.arn}:password::" },
      ]

      # Same log group as the service; streams migrate/migrate/<task id>.
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.backend.name
          awslogs-region        = var.aws_region
          awslogs-stream-prefix = "migrate"
          mode                  = "non-blocking"
          max-buffer-size       = "4m"
        }
      }
    },
  ])
}

resource "aws_ecs_service" "backend" {
  name            = "${local.name}-backend"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.backend.arn
  desired_count   = var.min_tasks
  launch_type     = "FARGATE"

  # A cold JVM on 0.25 vCPU needs time before the ALB may judge it: 19.9 s to a healthy /health
  # with the image's AOT cache in bench/run.sh small fargate (migrations run before, in the
  # migration task; the service only validates them).
  health_check_grace_period_seconds = 120

  deployment_minimum_healthy_percent = 100
  deployment_maximum_percent         = 200

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  network_configuration {
    subnets          = aws_subnet.private[*].id
    security_groups  = [aws_security_group.tasks.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.backend.arn
    container_name   = local.container_name
    container_port   = var.container_port
  }

  propagate_tags = "SERVICE"

  lifecycle {
    # scripts/deploy.sh moves the service to new task definition revisions and the autoscaler
    # moves desired_count; Terraform must not roll either back.
    ignore_changes = [task_definition, desired_count]
  }

  depends_on = [aws_lb_listener.http]
}
