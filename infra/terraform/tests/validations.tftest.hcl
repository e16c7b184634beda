# The input validations refuse bad variables at plan time, before anything is created. Each run
# breaks one variable of an otherwise valid set and expects exactly that variable's validation to
# fail. Run by TerraformModuleTests.

mock_provider "aws" {
  source = "./tests/mocks"
}

variables {
  environment          = "dev"
  image_tag            = "0123456789ab"
  firebase_project_id  = "frameratr-dev"
  cors_allowed_origins = "https://dev.frameratr.example"
  certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000"
}

# The valid sets of dev.tftest.hcl (no certificate, allow_plain_http = true) and prod.tftest.hcl
# (this one's certificate) apply, so each failure below is the broken variable's own.

run "shortest_firebase_project_id_is_accepted" {
  command = plan

  variables {
    firebase_project_id = "abc-12"
  }
}

run "empty_firebase_project_id" {
  command = plan

  variables {
    firebase_project_id = ""
  }

  expect_failures = [var.firebase_project_id]
}

run "blank_firebase_project_id" {
  command = plan

  variables {
    firebase_project_id = "   "
  }

  expect_failures = [var.firebase_project_id]
}

run "firebase_project_id_with_capitals_and_underscore" {
  command = plan

  variables {
    firebase_project_id = "FrameRatr_Prod"
  }

  expect_failures = [var.firebase_project_id]
}

run "firebase_project_id_too_short" {
  command = plan

  variables {
    firebase_project_id = "abc12"
  }

  expect_failures = [var.firebase_project_id]
}

run "firebase_project_id_too_long" {
  command = plan

  variables {
    firebase_project_id = "frameratr-production-europe-123"
  }

  expect_failures = [var.firebase_project_id]
}

run "firebase_project_id_ending_with_a_hyphen" {
  command = plan

  variables {
    firebase_project_id = "frameratr-"
  }

  expect_failures = [var.firebase_project_id]
}

run "firebase_project_id_starting_with_a_digit" {
  command = plan

  variables {
    firebase_project_id = "1frameratr"
  }

  expect_failures = [var.firebase_project_id]
}

run "no_certificate_without_allow_plain_http" {
  command = plan

  variables {
    certificate_arn = ""
  }

  expect_failures = [var.certificate_arn]
}

run "malformed_certificate_arn" {
  command = plan

  variables {
    certificate_arn = "my-certificate"
  }

  expect_failures = [var.certificate_arn]
}

run "bad_environment_name" {
  command = plan

  variables {
    environment = "Prod_1"
  }

  expect_failures = [var.environment]
}

run "github_roles_without_a_state_bucket" {
  command = plan

  variables {
    github_repository = "frameratr/frameratr-backend"
  }

  expect_failures = [var.tf_state_bucket]
}
