terraform {
  # 1.11: write-only attributes (the app's database password reaches Secrets Manager without
  # entering the state or a plan).
  required_version = ">= 1.11.0, < 2.0.0"

  required_providers {
    # 5.100.0 is what the offline tests (TerraformModuleTests) validate and apply against; CI's
    # verify job mirrors the newest 5.x and runs the same tests. 6.x changed resource schemas this
    # module has not been tested with: moving to it is a reviewed change, not a silent upgrade.
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.100.0, < 6.0.0"
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
