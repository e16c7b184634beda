# Passwords and tokens, and who reads them (docs/deployment.md, "Database roles and passwords"):
#
#   RDS-managed master secret  (aws_db_instance.main.master_user_secret; JSON username, password)
#       created and rotated by RDS; read only by the migration task's execution role
#   frameratr-<env>/db-app     (JSON username = frameratr_app, password)
#       written once by Terraform through a write-only attribute (never in the state or a plan);
#       read by the service (DB_PASS) and by the migration task, which sets the role's password
#   frameratr-<env>/tmdb       (JSON TMDB_TOKEN)
#       filled by an operator, never read or overwritten by Terraform
#
# Settings that are not secret (DB_HOST, FIREBASE_PROJECT_ID, ...) are plain task environment (ecs.tf).

locals {
  # The service's own PostgreSQL role: DML on the app's tables only. The migration task creates
  # it, grants it DML on every table after each migration and gives it LOGIN and the password
  # from the app secret.
  app_db_user = "frameratr_app"
}

resource "aws_secretsmanager_secret" "db_app" {
  name                    = "${local.name}/db-app"
  description             = "FrameRatr ${var.environment} password of the database role ${local.app_db_user} (JSON username, password); the migration task sets it on the role"
  recovery_window_in_days = 7
}

# The password is written once per db_app_password_version and exists only in Secrets Manager:
# secret_string_wo is write-only (Terraform keeps neither it nor a hash of it), so the state and
# plans hold no trace of it. It is two random UUIDs (crypto/rand, 244 random bits; hex, no
# punctuation to quote in SQL or JDBC). Not the ephemeral aws_secretsmanager_random_password:
# terraform test's mock provider (Terraform 1.11) cannot open ephemeral resources, and the stack
# must apply under mocks offline (tests/). uuid() is evaluated at apply and only ever reaches the
# write-only attribute.
#
# An operator may rotate by hand too (put-secret-value, then the migration task): Terraform does
# not read the value back, so it neither notices nor undoes that.
resource "aws_secretsmanager_secret_version" "db_app" {
  secret_id = aws_secretsmanager_secret.db_app.id
  secret_string_wo = jsonencode({
    username = local.app_db_user
    password = replace("${uuid()}${uuid()}", "-", "")
  })
  secret_string_wo_version = var.db_app_password_version
}

resource "aws_secretsmanager_secret" "tmdb" {
  name                    = "${local.name}/tmdb"
  description             = "FrameRatr ${var.environment} TMDb read access token (TMDB_TOKEN); set it with aws secretsmanager put-secret-value"
  recovery_window_in_days = 7
}

# ECS refuses to start a task whose secret has no value, so the secret starts with an empty token
# (the backend then answers /api/tmdb/** with 503 "TMDb is not configured"). The operator writes the
# real token once (docs/deployment.md); Terraform never reads it back or overwrites it.
resource "aws_secretsmanager_secret_version" "tmdb_initial" {
  secret_id     = aws_secretsmanager_secret.tmdb.id
  secret_string = jsonencode({ TMDB_TOKEN = "" })

  lifecycle {
    ignore_changes = [secret_string]
  }
}
