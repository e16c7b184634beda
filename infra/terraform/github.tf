# GitHub Actions roles (OIDC; no long-lived keys), both assumable only by workflow runs on the main
# branch of var.github_repository:
#
#   frameratr-<env>-github-deploy  what scripts/deploy.sh does: push the image, register task
#                                  definition revisions, run the migration task, roll the service,
#                                  read the state's outputs and the backend's logs
#   frameratr-<env>-github-plan    what terraform plan reads (refresh) in CI; no write action at all
#
# No AWS managed policy is attached to either (no ReadOnlyAccess & co.), and no write action has a
# "*" resource except ecs:RegisterTaskDefinition, which has no resource-level permissions
# (TerraformPolicyTests checks both). Each statement says what it is for.

locals {
  github_deploy  = var.github_repository != ""
  tf_state_key   = var.tf_state_key != "" ? var.tf_state_key : "frameratr/${var.environment}/terraform.tfstate"
  ecs_arn_prefix = "arn:aws:ecs:${var.aws_region}:${local.account_id}"

  # The task definition families deploy.sh registers revisions in, as IAM resources (any revision).
  task_definition_family_arns = [
    "${local.ecs_arn_prefix}:task-definition/${aws_ecs_task_definition.backend.family}:*",
    "${local.ecs_arn_prefix}:task-definition/${aws_ecs_task_definition.migrate.family}:*",
  ]
}

resource "aws_iam_openid_connect_provider" "github" {
  count = local.github_deploy && var.create_github_oidc_provider ? 1 : 0

  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
}

data "aws_iam_openid_connect_provider" "github" {
  count = local.github_deploy && !var.create_github_oidc_provider ? 1 : 0

  url = "https://token.actions.githubusercontent.com"
}

locals {
  github_oidc_provider_arn = local.github_deploy ? (
    var.create_github_oidc_provider ? aws_iam_openid_connect_provider.github[0].arn : data.aws_iam_openid_connect_provider.github[0].arn
  ) : ""
}

data "aws_iam_policy_document" "github_assume" {
  count = local.github_deploy ? 1 : 0

  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [local.github_oidc_provider_arn]
    }

    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }

    # Only workflow runs on the main branch of this repository.
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:${var.github_repository}:ref:refs/heads/main"]
    }
  }
}

# --- deploy role: scripts/deploy.sh ---------------------------------------------------------------

resource "aws_iam_role" "github_deploy" {
  count = local.github_deploy ? 1 : 0

  name                 = "${local.name}-github-deploy"
  description          = "GitHub Actions (main of ${var.github_repository}) deploys FrameRatr ${var.environment} with scripts/deploy.sh"
  assume_role_policy   = data.aws_iam_policy_document.github_assume[0].json
  max_session_duration = 3600
}

data "aws_iam_policy_document" "github_deploy" {
  count = local.github_deploy ? 1 : 0

  statement {
    sid = "EcrLogin"
    # docker login to ECR; GetAuthorizationToken has no resource-level permissions.
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid = "PushBackendImage"
    # Is the tag there already (describe-images), then docker push to this one repository.
    actions = [
      "ecr:BatchCheckLayerAvailability",
      "ecr:BatchGetImage",
      "ecr:CompleteLayerUpload",
      "ecr:DescribeImages",
      "ecr:DescribeRepositories",
      "ecr:GetDownloadUrlForLayer",
      "ecr:InitiateLayerUpload",
      "ecr:PutImage",
      "ecr:UploadLayerPart",
    ]
    resources = [aws_ecr_repository.backend.arn]
  }

  statement {
    sid = "ReadAndRegisterTaskDefinitions"
    # Copy the newest revision of each family and register it with the new image. Neither action
    # has resource-level permissions in IAM, so "*" is the only possible resource.
    actions = [
      "ecs:DescribeTaskDefinition",
      "ecs:RegisterTaskDefinition",
    ]
    resources = ["*"]
  }

  statement {
    sid = "TagNewRevisions"
    # register-task-definition passes the family's tags on; tagging is checked on the new revision.
    actions   = ["ecs:TagResource"]
    resources = local.task_definition_family_arns

    condition {
      test     = "StringEquals"
      variable = "ecs:CreateAction"
      values   = ["RegisterTaskDefinition"]
    }
  }

  statement {
    sid = "RunTheMigrationTask"
    # The one-off migration task, in this cluster only.
    actions   = ["ecs:RunTask"]
    resources = ["${local.ecs_arn_prefix}:task-definition/${aws_ecs_task_definition.migrate.family}:*"]

    condition {
      test     = "ArnEquals"
      variable = "ecs:cluster"
      values   = [aws_ecs_cluster.main.arn]
    }
  }

  statement {
    sid = "WatchTheMigrationTask"
    # aws ecs wait tasks-stopped and the exit code (DescribeTasks); stop it if it overruns (StopTask).
    actions   = ["ecs:DescribeTasks", "ecs:StopTask"]
    resources = ["${local.ecs_arn_prefix}:task/${aws_ecs_cluster.main.name}/*"]
  }

  statement {
    sid = "RollTheService"
    # update-service to the new revision, wait services-stable, check the rollout state.
    actions = [
      "ecs:DescribeServices",
      "ecs:UpdateService",
    ]
    resources = [aws_ecs_service.backend.id]
  }

  statement {
    sid = "HandTheTaskRolesToEcs"
    # Registering and running task definitions passes their roles: these three, to ECS tasks only.
    actions = ["iam:PassRole"]
    resources = [
      aws_iam_role.execution.arn,
      aws_iam_role.migrate_execution.arn,
      aws_iam_role.task.arn,
    ]

    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }

  statement {
    sid = "ReadBackendLogs"
    # Print the migration task's log when it fails.
    actions = [
      "logs:DescribeLogStreams",
      "logs:FilterLogEvents",
      "logs:GetLogEvents",
    ]
    resources = [aws_cloudwatch_log_group.backend.arn, "${aws_cloudwatch_log_group.backend.arn}:*"]
  }

  statement {
    sid       = "ListTheStateBucket"
    actions   = ["s3:ListBucket"]
    resources = ["arn:aws:s3:::${var.tf_state_bucket}"]
  }

  statement {
    sid = "ReadTheState"
    # terraform output -json: where to deploy (deploy.sh reads nothing else from the state).
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::${var.tf_state_bucket}/${local.tf_state_key}"]
  }
}

resource "aws_iam_role_policy" "github_deploy" {
  count = local.github_deploy ? 1 : 0

  name   = "deploy"
  role   = aws_iam_role.github_deploy[0].id
  policy = data.aws_iam_policy_document.github_deploy[0].json
}

# --- plan role: terraform plan in CI ----------------------------------------------------------------
# A plan refreshes every resource of the stack, so this role reads what the stack is made of. The
# describe actions of EC2, ELB, RDS, Application Auto Scaling and CloudWatch Logs have no useful
# resource-level permissions; secrets and IAM are limited to this environment's. It reads the values
# of the two secret versions Terraform manages (refreshing a secret version calls GetSecretValue:
# the app role's password and the TMDb secret), never the RDS master secret. No lock: plan -lock=false.

resource "aws_iam_role" "github_plan" {
  count = local.github_deploy ? 1 : 0

  name                 = "${local.name}-github-plan"
  description          = "GitHub Actions (main of ${var.github_repository}) runs terraform plan for FrameRatr ${var.environment} (read only)"
  assume_role_policy   = data.aws_iam_policy_document.github_assume[0].json
  max_session_duration = 3600
}

data "aws_iam_policy_document" "github_plan" {
  count = local.github_deploy ? 1 : 0

  statement {
    sid       = "ListTheStateBucket"
    actions   = ["s3:ListBucket"]
    resources = ["arn:aws:s3:::${var.tf_state_bucket}"]
  }

  statement {
    sid       = "ReadTheState"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::${var.tf_state_bucket}/${local.tf_state_key}"]
  }

  statement {
    sid = "DescribeTheStack"
    # Metadata only: no log events, no secret values, no object contents.
    actions = [
      "application-autoscaling:Describe*",
      "application-autoscaling:ListTagsForResource",
      "ec2:Describe*",
      "ecs:Describe*",
      "ecs:ListTagsForResource",
      "elasticloadbalancing:Describe*",
      "iam:ListOpenIDConnectProviders",
      "logs:DescribeLogGroups",
      "logs:ListTagsForResource",
      "logs:ListTagsLogGroup",
      "rds:Describe*",
      "rds:ListTagsForResource",
    ]
    resources = ["*"]
  }

  statement {
    sid = "DescribeTheRepository"
    actions = [
      "ecr:DescribeRepositories",
      "ecr:GetLifecyclePolicy",
      "ecr:GetRepositoryPolicy",
      "ecr:ListTagsForResource",
    ]
    resources = [aws_ecr_repository.backend.arn]
  }

  statement {
    sid = "ReadTheManagedSecretVersions"
    actions = [
      "secretsmanager:DescribeSecret",
      "secretsmanager:GetResourcePolicy",
      "secretsmanager:GetSecretValue",
    ]
    resources = [
      aws_secretsmanager_secret.db_app.arn,
      aws_secretsmanager_secret.tmdb.arn,
    ]
  }

  statement {
    sid = "ReadThisEnvironmentsRoles"
    actions = [
      "iam:GetRole",
      "iam:GetRolePolicy",
      "iam:ListAttachedRolePolicies",
      "iam:ListRolePolicies",
      "iam:ListRoleTags",
    ]
    resources = ["arn:aws:iam::${local.account_id}:role/${local.name}-*"]
  }

  statement {
    sid = "ReadTheGitHubOidcProvider"
    actions = [
      "iam:GetOpenIDConnectProvider",
      "iam:ListOpenIDConnectProviderTags",
    ]
    resources = ["arn:aws:iam::${local.account_id}:oidc-provider/token.actions.githubusercontent.com"]
  }
}

resource "aws_iam_role_policy" "github_plan" {
  count = local.github_deploy ? 1 : 0

  name   = "plan"
  role   = aws_iam_role.github_plan[0].id
  policy = data.aws_iam_policy_document.github_plan[0].json
}
