resource "aws_db_subnet_group" "main" {
  name        = "${local.name}-db"
  description = "Private subnets of FrameRatr ${var.environment}"
  subnet_ids  = aws_subnet.private[*].id

  tags = { Name = "${local.name}-db" }
}

resource "aws_db_parameter_group" "postgres16" {
  name        = "${local.name}-postgres16"
  family      = "postgres16"
  description = "FrameRatr ${var.environment} PostgreSQL 16 settings"

  # Connections from the tasks must use TLS (the JDBC driver negotiates it by default).
  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }

  # Statements slower than 500 ms show up in the PostgreSQL log (exported to CloudWatch).
  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }
}

resource "aws_db_instance" "main" {
  identifier     = "${local.name}-db"
  engine         = "postgres"
  engine_version = "16"
  instance_class = var.db_instance_class

  allocated_storage     = var.db_allocated_storage_gb
  max_allocated_storage = var.db_max_allocated_storage_gb
  storage_type          = "gp3"
  storage_encrypted     = true

  # The master user is for migrations only (the one-off migration task, ecs.tf). RDS generates its
  # password and keeps it in a Secrets Manager secret of its own (master_user_secret: JSON with
  # username and password, rotated by RDS every 7 days): Terraform never sees it, so it is in
  # neither the state nor a plan. The service connects as frameratr_app (secrets.tf).
  db_name                     = "frameratr"
  username                    = "frameratr"
  manage_master_user_password = true

  db_subnet_group_name   = aws_db_subnet_group.main.name
  vpc_security_group_ids = [aws_security_group.db.id]
  parameter_group_name   = aws_db_parameter_group.postgres16.name
  publicly_accessible    = false
  multi_az               = var.db_multi_az

  backup_retention_period    = var.db_backup_retention_days
  backup_window              = "03:00-04:00"
  maintenance_window         = "sun:04:30-sun:05:30"
  auto_minor_version_upgrade = true
  copy_tags_to_snapshot      = true

  deletion_protection       = var.db_deletion_protection
  skip_final_snapshot       = !var.db_final_snapshot
  final_snapshot_identifier = "${local.name}-db-final"

  enabled_cloudwatch_logs_exports = ["postgresql"]

  tags = { Name = "${local.name}-db" }

  depends_on = [aws_cloudwatch_log_group.postgres]
}
