resource "aws_cloudwatch_log_group" "backend" {
  name              = "/ecs/${local.name}-backend"
  retention_in_days = var.log_retention_days

  tags = { Name = "${local.name}-backend" }
}

# RDS creates this group on its own when it first exports logs, without retention; owning it here
# keeps the PostgreSQL log (slow statements, errors) for the same time as the backend's.
resource "aws_cloudwatch_log_group" "postgres" {
  name              = "/aws/rds/instance/${local.name}-db/postgresql"
  retention_in_days = var.log_retention_days

  tags = { Name = "${local.name}-db" }
}
