variable "environment" {
  description = "Environment name; every resource is named frameratr-<environment>-..."
  type        = string
  default     = "dev"

  validation {
    # target group names ("frameratr-<env>-backend") may not exceed 32 characters
    condition     = can(regex("^[a-z][a-z0-9-]{1,13}$", var.environment))
    error_message = "environment must be 2-14 characters: lower-case letters, digits and dashes, starting with a letter."
  }
}

variable "aws_region" {
  description = "AWS region to deploy into."
  type        = string
  default     = "us-east-1"
}

variable "vpc_cidr" {
  description = "CIDR block of the VPC."
  type        = string
  default     = "10.0.0.0/16"
}

variable "public_subnet_cidrs" {
  description = "Public subnets (ALB, NAT gateway), one per availability zone."
  type        = list(string)
  default     = ["10.0.1.0/24", "10.0.2.0/24"]
}

variable "private_subnet_cidrs" {
  description = "Private subnets (ECS tasks, RDS), one per availability zone."
  type        = list(string)
  default     = ["10.0.10.0/24", "10.0.11.0/24"]
}

variable "certificate_arn" {
  description = "ACM certificate ARN for HTTPS on the ALB: HTTPS on 443 and port 80 redirects to it. Empty is refused unless allow_plain_http = true."
  type        = string
  default     = ""

  validation {
    condition     = var.certificate_arn != "" || var.allow_plain_http
    error_message = "certificate_arn is empty: set an ACM certificate ARN (same region) so the ALB serves HTTPS, or set allow_plain_http = true to serve plain HTTP on port 80 (throw-away dev environments only: ID tokens would cross the internet unencrypted)."
  }

  validation {
    condition     = var.certificate_arn == "" || can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/[A-Za-z0-9-]+$", var.certificate_arn))
    error_message = "certificate_arn must be an ACM certificate ARN: arn:aws:acm:<region>:<account>:certificate/<id>."
  }
}

variable "allow_plain_http" {
  description = "Serve plain HTTP on port 80 when certificate_arn is empty. false (the default) refuses to plan without a certificate; set true deliberately, for dev only."
  type        = bool
  default     = false
}

variable "image_tag" {
  description = "Tag of the backend image in ECR that the Terraform-managed task definition uses (a git SHA pushed by scripts/deploy.sh --push-only). Later deploys register new revisions with scripts/deploy.sh."
  type        = string
}

variable "container_port" {
  description = "Port the backend listens on inside the task (also injected as PORT)."
  type        = number
  default     = 3000
}

variable "task_cpu" {
  description = "Fargate task CPU units."
  type        = number
  default     = 256
}

variable "task_memory" {
  description = "Fargate task memory in MiB."
  type        = number
  default     = 512
}

variable "min_tasks" {
  description = "Minimum number of running tasks."
  type        = number
  default     = 1
}

variable "max_tasks" {
  description = "Maximum number of running tasks."
  type        = number
  default     = 4
}

variable "cpu_target_percent" {
  description = "Target average CPU utilisation of the service for autoscaling."
  type        = number
  default     = 60
}

variable "requests_per_task_target" {
  description = "Target ALB requests per task per minute for autoscaling."
  type        = number
  default     = 1000
}

variable "log_retention_days" {
  description = "CloudWatch retention of the backend's logs."
  type        = number
  default     = 30
}

variable "tmdb_sleep_sec" {
  description = "Minimum seconds between two TMDb calls per task (TMDB_SLEEP_SEC)."
  type        = string
  default     = "0.25"
}

variable "firebase_project_id" {
  description = "Firebase project whose ID tokens the backend accepts (FIREBASE_PROJECT_ID). Required: without it the service would not verify Firebase tokens, and it refuses to start."
  type        = string

  validation {
    condition     = trimspace(var.firebase_project_id) != ""
    error_message = "firebase_project_id is empty: set the Firebase project id whose ID tokens the backend accepts (Firebase console > Project settings > Project ID)."
  }

  validation {
    # Firebase (Google Cloud) project ids: 6-30 characters, lower-case letters, digits and hyphens,
    # starting with a letter and not ending with a hyphen.
    condition     = trimspace(var.firebase_project_id) == "" || can(regex("^[a-z][a-z0-9-]{4,28}[a-z0-9]$", var.firebase_project_id))
    error_message = "firebase_project_id is not a Firebase project id: 6-30 characters, lower-case letters, digits and hyphens, starting with a letter, not ending with a hyphen (e.g. frameratr-prod)."
  }
}

variable "cors_allowed_origins" {
  description = "Comma-separated browser origins allowed to call the API (CORS_ALLOWED_ORIGINS)."
  type        = string
}

variable "db_instance_class" {
  description = "RDS instance class."
  type        = string
  default     = "db.t3.micro"
}

variable "db_allocated_storage_gb" {
  description = "Initial RDS storage (gp3) in GB."
  type        = number
  default     = 20
}

variable "db_max_allocated_storage_gb" {
  description = "Upper bound for RDS storage autoscaling in GB (0 disables it)."
  type        = number
  default     = 100
}

variable "db_backup_retention_days" {
  description = "Days of automated RDS backups (point-in-time recovery window)."
  type        = number
  default     = 7
}

variable "db_multi_az" {
  description = "Run RDS with a standby in the second availability zone."
  type        = bool
  default     = false
}

variable "db_deletion_protection" {
  description = "Refuse to delete the database (set false, apply, then destroy to remove an environment)."
  type        = bool
  default     = true
}

variable "db_final_snapshot" {
  description = "Take a final snapshot when the database is deleted."
  type        = bool
  default     = true
}

variable "github_repository" {
  description = "GitHub repository (owner/name) whose main branch may deploy through OIDC. Empty: no deploy role is created."
  type        = string
  default     = ""
}

variable "create_github_oidc_provider" {
  description = "Create the account's GitHub Actions OIDC provider (only one can exist per account; set false if it already exists)."
  type        = bool
  default     = true
}

variable "tf_state_bucket" {
  description = "S3 bucket holding this Terraform state, which the GitHub deploy and plan roles may read (outputs for scripts/deploy.sh, terraform plan in CI). Required with github_repository."
  type        = string
  default     = ""

  validation {
    condition     = var.github_repository == "" || var.tf_state_bucket != ""
    error_message = "tf_state_bucket is empty but github_repository is set: the GitHub roles read the Terraform state (outputs, plan), so name its bucket."
  }
}

variable "tf_state_key" {
  description = "Key of this environment's state in tf_state_bucket (backend.hcl's key). Empty: frameratr/<environment>/terraform.tfstate."
  type        = string
  default     = ""
}

variable "db_app_password_version" {
  description = "Generation of the frameratr_app database password that Terraform writes (write-only) into the app secret. Raise it to have Terraform write a new random password; then run the migration task (scripts/deploy.sh <env> --migrate-only) and roll the service."
  type        = number
  default     = 1
}
