output "environment" {
  description = "Environment name (scripts/deploy.sh checks it against its argument)."
  value       = var.environment
}

output "aws_region" {
  description = "Region of the stack."
  value       = var.aws_region
}

output "alb_url" {
  description = "Public URL of the backend."
  value       = "${local.https_enabled ? "https" : "http"}://${aws_lb.main.dns_name}"
}

output "ecr_repository_url" {
  description = "ECR repository for the backend image."
  value       = aws_ecr_repository.backend.repository_url
}

output "ecs_cluster_name" {
  description = "ECS cluster."
  value       = aws_ecs_cluster.main.name
}

output "ecs_service_name" {
  description = "ECS service of the backend."
  value       = aws_ecs_service.backend.name
}

output "task_definition_family" {
  description = "Task definition family that scripts/deploy.sh registers new revisions in."
  value       = aws_ecs_task_definition.backend.family
}

output "container_name" {
  description = "Name of the backend container in the task definition."
  value       = local.container_name
}

output "migrate_task_definition_family" {
  description = "Task definition family of the one-off migration task (scripts/deploy.sh runs it before rolling the service)."
  value       = aws_ecs_task_definition.migrate.family
}

output "migrate_container_name" {
  description = "Name of the container in the migration task definition."
  value       = local.migrate_container_name
}

output "private_subnet_ids" {
  description = "Private subnets the tasks run in (scripts/deploy.sh runs the migration task there)."
  value       = aws_subnet.private[*].id
}

output "task_security_group_id" {
  description = "Security group of the tasks (the migration task uses it too: it reaches the database and the NAT gateway)."
  value       = aws_security_group.tasks.id
}

output "log_group_name" {
  description = "CloudWatch log group of the backend."
  value       = aws_cloudwatch_log_group.backend.name
}

output "db_endpoint" {
  description = "RDS endpoint (reachable only from the tasks)."
  value       = aws_db_instance.main.address
}

output "tmdb_secret_name" {
  description = "Secret to put the TMDb token into (aws secretsmanager put-secret-value)."
  value       = aws_secretsmanager_secret.tmdb.name
}

output "db_app_secret_name" {
  description = "Secret holding the frameratr_app database role's password (rotation: docs/deployment.md)."
  value       = aws_secretsmanager_secret.db_app.name
}

output "db_master_secret_arn" {
  description = "RDS-managed secret of the database master user (read only by the migration task)."
  value       = aws_db_instance.main.master_user_secret[0].secret_arn
}

output "github_deploy_role_arn" {
  description = "Role for the workflow's deploy job (repository variable AWS_DEPLOY_ROLE_ARN); empty when github_repository is unset."
  value       = local.github_deploy ? aws_iam_role.github_deploy[0].arn : ""
}

output "github_plan_role_arn" {
  description = "Read-only role for the workflow's terraform plan (repository variable AWS_PLAN_ROLE_ARN); empty when github_repository is unset."
  value       = local.github_deploy ? aws_iam_role.github_plan[0].arn : ""
}
