# Defaults for the mocked AWS provider of tests/*.tftest.hcl: values the provider would compute and
# that other resources validate or parse (ARNs, URLs, the RDS-managed master secret). The mock
# invents every other computed value. Every instance of a type gets the same default.

mock_data "aws_availability_zones" {
  defaults = { names = ["us-east-1a", "us-east-1b", "us-east-1c"] }
}

mock_data "aws_caller_identity" {
  defaults = { account_id = "123456789012" }
}

# The policy documents are not rendered under mocks; TerraformPolicyTests checks their statements.
mock_data "aws_iam_policy_document" {
  defaults = { json = "{\"Version\":\"2012-10-17\",\"Statement\":[]}" }
}

mock_data "aws_iam_openid_connect_provider" {
  defaults = { arn = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
}

mock_resource "aws_iam_openid_connect_provider" {
  defaults = { arn = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
}

mock_resource "aws_lb" {
  defaults = {
    arn        = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/frameratr/0123456789abcdef"
    arn_suffix = "app/frameratr/0123456789abcdef"
    dns_name   = "frameratr-0123456789.us-east-1.elb.amazonaws.com"
  }
}

mock_resource "aws_lb_target_group" {
  defaults = {
    arn        = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/frameratr/0123456789abcdef"
    arn_suffix = "targetgroup/frameratr/0123456789abcdef"
  }
}

mock_resource "aws_lb_listener" {
  defaults = { arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/frameratr/0123456789abcdef/0123456789abcdef" }
}

mock_resource "aws_iam_role" {
  defaults = { arn = "arn:aws:iam::123456789012:role/frameratr-mock" }
}

mock_resource "aws_secretsmanager_secret" {
  defaults = { arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:frameratr-mock-AbCdEf" }
}

mock_resource "aws_cloudwatch_log_group" {
  defaults = { arn = "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/frameratr-mock" }
}

mock_resource "aws_ecr_repository" {
  defaults = {
    arn            = "arn:aws:ecr:us-east-1:123456789012:repository/frameratr-mock"
    repository_url = "123456789012.dkr.ecr.us-east-1.amazonaws.com/frameratr-mock"
  }
}

mock_resource "aws_ecs_cluster" {
  defaults = { arn = "arn:aws:ecs:us-east-1:123456789012:cluster/frameratr-mock" }
}

mock_resource "aws_ecs_service" {
  defaults = { id = "arn:aws:ecs:us-east-1:123456789012:service/frameratr-mock/frameratr-mock-backend" }
}

mock_resource "aws_ecs_task_definition" {
  defaults = { arn = "arn:aws:ecs:us-east-1:123456789012:task-definition/frameratr-mock:1" }
}

mock_resource "aws_db_instance" {
  defaults = {
    arn      = "arn:aws:rds:us-east-1:123456789012:db:frameratr-mock"
    address  = "frameratr-mock-db.abcdefghijkl.us-east-1.rds.amazonaws.com"
    endpoint = "frameratr-mock-db.abcdefghijkl.us-east-1.rds.amazonaws.com:5432"
    port     = 5432
    master_user_secret = [{
      secret_arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-0123-AbCdEf"
    }]
  }
}

# Distinct ARNs where the tests tell instances of one type apart (which role runs which task, which
# secret a container reads).
override_resource {
  target = aws_iam_role.execution
  values = { arn = "arn:aws:iam::123456789012:role/frameratr-mock-execution" }
}

override_resource {
  target = aws_iam_role.migrate_execution
  values = { arn = "arn:aws:iam::123456789012:role/frameratr-mock-migrate-execution" }
}

override_resource {
  target = aws_iam_role.task
  values = { arn = "arn:aws:iam::123456789012:role/frameratr-mock-task" }
}

override_resource {
  target = aws_secretsmanager_secret.db_app
  values = { arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:frameratr-mock/db-app-AbCdEf" }
}

override_resource {
  target = aws_secretsmanager_secret.tmdb
  values = { arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:frameratr-mock/tmdb-AbCdEf" }
}
