data "aws_caller_identity" "current" {}

locals {
  account_id = data.aws_caller_identity.current.account_id
}

data "aws_iam_policy_document" "ecs_tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

# Execution role of the service: what the ECS agent needs to start a backend task, and nothing more.
# It reads the app role's password and the TMDb token, never the master secret.
resource "aws_iam_role" "execution" {
  name               = "${local.name}-execution"
  description        = "ECS agent for the FrameRatr ${var.environment} service: pull the image, read the app's secrets, write logs"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

data "aws_iam_policy_document" "execution" {
  statement {
    sid = "EcrLogin"
    # GetAuthorizationToken has no resource-level permissions.
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid = "PullBackendImage"
    actions = [
      "ecr:BatchCheckLayerAvailability",
      "ecr:BatchGetImage",
      "ecr:GetDownloadUrlForLayer",
    ]
    resources = [aws_ecr_repository.backend.arn]
  }

  statement {
    sid     = "ReadTheServicesSecrets"
    actions = ["secretsmanager:GetSecretValue"]
    resources = [
      aws_secretsmanager_secret.db_app.arn,
      aws_secretsmanager_secret.tmdb.arn,
    ]
  }

  statement {
    sid       = "WriteBackendLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.backend.arn}:*"]
  }
}

resource "aws_iam_role_policy" "execution" {
  name   = "pull-secrets-logs"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.execution.json
}

# Execution role of the one-off migration task (ecs.tf): the only identity that may read the
# RDS-managed master secret, which ECS injects as DB_USER/DB_PASS when the task starts.
resource "aws_iam_role" "migrate_execution" {
  name               = "${local.name}-migrate-execution"
  description        = "ECS agent for the FrameRatr ${var.environment} migration task: pull the image, read the master and app database secrets, write logs"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

data "aws_iam_policy_document" "migrate_execution" {
  statement {
    sid = "EcrLogin"
    # GetAuthorizationToken has no resource-level permissions.
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid = "PullBackendImage"
    actions = [
      "ecr:BatchCheckLayerAvailability",
      "ecr:BatchGetImage",
      "ecr:GetDownloadUrlForLayer",
    ]
    resources = [aws_ecr_repository.backend.arn]
  }

  # The master secret is encrypted with the account's aws/secretsmanager key, which needs no KMS grant.
  statement {
    sid     = "ReadTheMasterAndAppSecrets"
    actions = ["secretsmanager:GetSecretValue"]
    resources = [
      aws_db_instance.main.master_user_secret[0].secret_arn,
      aws_secretsmanager_secret.db_app.arn,
    ]
  }

  statement {
    sid       = "WriteBackendLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.backend.arn}:*"]
  }
}

resource "aws_iam_role_policy" "migrate_execution" {
  name   = "pull-secrets-logs"
  role   = aws_iam_role.migrate_execution.id
  policy = data.aws_iam_policy_document.migrate_execution.json
}

# Task role: the identity of the running backend and of the migration task. Neither calls an AWS
# API (configuration arrives as environment variables, logs go to stdout), so it has no permissions.
resource "aws_iam_role" "task" {
  name               = "${local.name}-task"
  description        = "FrameRatr ${var.environment} backend and migration task at run time (no AWS API access needed)"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}
