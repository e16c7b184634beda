terraform {
  required_version = ">= 1.10.0, < 2.0.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "= 6.14.1"
    }
    random = {
      source  = "hashicorp/random"
      version = "= 3.7.2"
    }
  }

  # State lives in S3, one key per environment; the bucket and region are given at init:
  #   terraform init -backend-config=backend.hcl   (see backend.hcl.example and docs/deployment.md)
  backend "s3" {}
}

provider "aws" {
  region = var.aws_region

  default_tags {
    tags = {
      Project     = "frameratr"
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}
