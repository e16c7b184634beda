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

output "github_deploy_role_arn" {
  description = "Role for the GitHub Actions workflow (repository variable AWS_DEPLOY_ROLE_ARN); empty when github_repository is unset."
  value       = local.github_deploy ? aws_iam_role.github_deploy[0].arn : ""
}
