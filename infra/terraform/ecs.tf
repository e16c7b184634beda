resource "aws_ecs_cluster" "main" {
  name = local.name

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

locals {
  container_name = "backend"
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

      portMappings = [
        { containerPort = var.container_port, protocol = "tcp" },
      ]

      # The JVM flags for this 0.25 vCPU / 512 MB size are the image's JAVA_OPTS (Dockerfile). The
      # pool and the request bound are stated here so that a bigger task can raise them; both
      # values are the service's defaults, measured in bench/run.sh (docs/performance.md).
      environment = [
        { name = "LOG_FORMAT", value = "json" },
        { name = "CORS_ALLOWED_ORIGINS", value = var.cors_allowed_origins },
        { name = "DB_POOL_SIZE", value = "8" },
        { name = "MAX_CONCURRENT_REQUESTS", value = "64" },
      ]

      # "<secret ARN>:<JSON key>::" injects one key of a JSON secret as an environment variable.
      secrets = [
        { name = "DB_HOST", valueFrom = "${aws_secretsmanager_secret.db.arn}:DB_HOST::" },
        { name = "DB_PORT", valueFrom = "${aws_secretsmanager_secret.db.arn}:DB_PORT::" },
        { name = "DB_NAME", valueFrom = "${aws_secretsmanager_secret.db.arn}:DB_NAME::" },
        { name = "DB_USER", valueFrom = "${aws_secretsmanager_secret.db.arn}:DB_USER::" },
        { name = "DB_PASS", valueFrom = "${aws_secretsmanager_secret.db.arn}:DB_PASS::" },
        { name = "PORT", valueFrom = "${aws_secretsmanager_secret.config.arn}:PORT::" },
        { name = "TMDB_SLEEP_SEC", valueFrom = "${aws_secretsmanager_secret.config.arn}:TMDB_SLEEP_SEC::" },
        { name = "FIREBASE_PROJECT_ID", valueFrom = "${aws_secretsmanager_secret.config.arn}:FIREBASE_PROJECT_ID::" },
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

resource "aws_ecs_service" "backend" {
  name            = "${local.name}-backend"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.backend.arn
  desired_count   = var.min_tasks
  launch_type     = "FARGATE"

  # A cold JVM on 0.25 vCPU needs time (migrations included) before the ALB may judge it: 19.9 s
  # to a healthy /health with the image's AOT cache in bench/run.sh small fargate.
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
