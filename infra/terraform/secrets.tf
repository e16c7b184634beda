# Three secrets per environment, all injected into the task as environment variables:
#   frameratr-<env>/db      DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASS  (written by Terraform;
#                           the password is generated here and exists nowhere else but the state)
#   frameratr-<env>/config  PORT, TMDB_SLEEP_SEC, FIREBASE_PROJECT_ID    (written by Terraform from variables)
#   frameratr-<env>/tmdb    TMDB_TOKEN                                   (filled by an operator, never by Terraform)

resource "random_password" "db" {
  length  = 32
  special = true
  # RDS forbids / @ " and space in the master password.
  override_special = "!#$%&*()-_=+[]{}<>:?"
}

resource "aws_secretsmanager_secret" "db" {
  name                    = "${local.name}/db"
  description             = "FrameRatr ${var.environment} database connection (DB_* variables)"
  recovery_window_in_days = 7
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({
    DB_HOST = aws_db_instance.main.address
    DB_PORT = tostring(aws_db_instance.main.port)
    DB_NAME = aws_db_instance.main.db_name
    DB_USER = aws_db_instance.main.username
    DB_PASS = random_password.db.result
  })
}

resource "aws_secretsmanager_secret" "config" {
  name                    = "${local.name}/config"
  description             = "FrameRatr ${var.environment} settings (PORT, TMDB_SLEEP_SEC, FIREBASE_PROJECT_ID)"
  recovery_window_in_days = 7
}

resource "aws_secretsmanager_secret_version" "config" {
  secret_id = aws_secretsmanager_secret.config.id
  secret_string = jsonencode({
    PORT                = tostring(var.container_port)
    TMDB_SLEEP_SEC      = var.tmdb_sleep_sec
    FIREBASE_PROJECT_ID = var.firebase_project_id
  })
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
