# The whole stack applied for a prod environment against a mocked AWS provider: HTTPS with a
# certificate (80 redirects to 443), Multi-AZ database, GitHub roles with the account's existing
# OIDC provider. dev.tftest.hcl checks the rest of the seed in detail; this run checks what differs
# in production and that the seed's sizes and chain stay the same. Run by TerraformModuleTests.

mock_provider "aws" {
  source = "./tests/mocks"
}

variables {
  environment                 = "prod"
  image_tag                   = "0123456789ab"
  firebase_project_id         = "frameratr-prod"
  cors_allowed_origins        = "https://frameratr.example"
  certificate_arn             = "arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000"
  db_multi_az                 = true
  github_repository           = "frameratr/frameratr-backend"
  create_github_oidc_provider = false
  tf_state_bucket             = "frameratr-tfstate-123456789012"
}

run "prod" {
  command = apply

  assert {
    condition = (
      length(aws_lb_listener.https) == 1
      && aws_lb_listener.https[0].port == 443 && aws_lb_listener.https[0].protocol == "HTTPS"
      && aws_lb_listener.https[0].certificate_arn == var.certificate_arn
      && aws_lb_listener.https[0].ssl_policy == "ELBSecurityPolicy-TLS13-1-2-2021-06"
    )
    error_message = "with a certificate the ALB must serve HTTPS on 443 with it (TLS 1.2/1.3)"
  }

  assert {
    condition     = aws_lb_listener.https[0].default_action[0].type == "forward" && aws_lb_listener.https[0].default_action[0].target_group_arn == aws_lb_target_group.backend.arn
    error_message = "443 must forward to the backend"
  }

  assert {
    condition = (
      aws_lb_listener.http.port == 80
      && aws_lb_listener.http.default_action[0].type == "redirect"
      && aws_lb_listener.http.default_action[0].redirect[0].port == "443"
      && aws_lb_listener.http.default_action[0].redirect[0].protocol == "HTTPS"
      && aws_lb_listener.http.default_action[0].redirect[0].status_code == "HTTP_301"
    )
    error_message = "with a certificate port 80 must redirect to HTTPS 443"
  }

  assert {
    condition     = output.alb_url == "https://${aws_lb.main.dns_name}"
    error_message = "alb_url must be https:// with a certificate"
  }

  assert {
    condition     = toset(aws_lb.main.subnets) == toset(aws_subnet.public[*].id) && jsonencode(aws_subnet.public[*].cidr_block) == jsonencode(["10.0.1.0/24", "10.0.2.0/24"])
    error_message = "the ALB must be in the public subnets"
  }

  assert {
    condition = (
      toset(aws_ecs_service.backend.network_configuration[0].subnets) == toset(aws_subnet.private[*].id)
      && aws_ecs_service.backend.network_configuration[0].assign_public_ip == false
      && toset(aws_db_subnet_group.main.subnet_ids) == toset(aws_subnet.private[*].id)
      && jsonencode(aws_subnet.private[*].cidr_block) == jsonencode(["10.0.10.0/24", "10.0.11.0/24"])
    )
    error_message = "tasks and database must be in the private subnets"
  }

  assert {
    condition     = aws_nat_gateway.main.subnet_id == aws_subnet.public[0].id
    error_message = "the NAT gateway must be in a public subnet"
  }

  assert {
    condition = (
      aws_ecs_task_definition.backend.cpu == "256" && aws_ecs_task_definition.backend.memory == "512"
      && aws_appautoscaling_target.backend.min_capacity == 1 && aws_appautoscaling_target.backend.max_capacity == 4
    )
    error_message = "prod keeps the seed's 256/512 tasks, 1-4 of them"
  }

  assert {
    condition     = aws_lb_target_group.backend.health_check[0].path == "/health" && aws_lb_target_group.backend.health_check[0].interval == 30
    error_message = "the target group must check /health every 30 s"
  }

  assert {
    condition = (
      aws_vpc_security_group_ingress_rule.tasks_from_alb.referenced_security_group_id == aws_security_group.alb.id
      && aws_vpc_security_group_ingress_rule.tasks_from_alb.from_port == 3000 && aws_vpc_security_group_ingress_rule.tasks_from_alb.to_port == 3000
      && aws_vpc_security_group_ingress_rule.db_from_tasks.referenced_security_group_id == aws_security_group.tasks.id
      && aws_vpc_security_group_ingress_rule.db_from_tasks.from_port == 5432 && aws_vpc_security_group_ingress_rule.db_from_tasks.to_port == 5432
    )
    error_message = "the chain ALB -> tasks:3000 -> database:5432 must hold"
  }

  assert {
    condition = alltrue([
      for rule in [
        aws_vpc_security_group_ingress_rule.alb_http,
        aws_vpc_security_group_ingress_rule.alb_https,
        aws_vpc_security_group_ingress_rule.tasks_from_alb,
        aws_vpc_security_group_ingress_rule.db_from_tasks,
      ] : !(rule.from_port <= 9090 && rule.to_port >= 9090)
    ])
    error_message = "no security group may admit the management port 9090"
  }

  assert {
    condition = (
      aws_db_instance.main.engine_version == "16" && aws_db_instance.main.storage_encrypted
      && aws_db_instance.main.publicly_accessible == false && aws_db_instance.main.manage_master_user_password
      && aws_db_instance.main.multi_az && aws_db_instance.main.deletion_protection
    )
    error_message = "prod's database: PostgreSQL 16, encrypted, private, RDS-managed master password, Multi-AZ, deletion protection"
  }

  assert {
    condition = (
      { for variable in jsondecode(aws_ecs_task_definition.backend.container_definitions)[0].environment : variable.name => variable.value }["DB_MIGRATIONS"] == "validate"
      && { for variable in jsondecode(aws_ecs_task_definition.backend.container_definitions)[0].environment : variable.name => variable.value }["MANAGEMENT_PORT"] == "9090"
      && { for variable in jsondecode(aws_ecs_task_definition.backend.container_definitions)[0].environment : variable.name => variable.value }["TRUSTED_PROXY_CIDRS"] == "10.0.1.0/24,10.0.2.0/24"
      && { for variable in jsondecode(aws_ecs_task_definition.backend.container_definitions)[0].environment : variable.name => variable.value }["FIREBASE_PROJECT_ID"] == "frameratr-prod"
    )
    error_message = "the service's environment must hold DB_MIGRATIONS=validate, MANAGEMENT_PORT, TRUSTED_PROXY_CIDRS and the prod Firebase project"
  }

  assert {
    condition     = jsonencode(jsondecode(aws_ecs_task_definition.migrate.container_definitions)[0].command) == jsonencode(["migrate"]) && aws_ecs_task_definition.migrate.family == "frameratr-prod-migrate"
    error_message = "the migration task frameratr-prod-migrate must run [\"migrate\"]"
  }

  assert {
    condition     = length(aws_iam_openid_connect_provider.github) == 0 && length(aws_iam_role.github_deploy) == 1 && length(aws_iam_role.github_plan) == 1
    error_message = "with create_github_oidc_provider = false the roles must trust the existing provider instead of creating one"
  }

  assert {
    condition     = aws_ecs_cluster.main.name == "frameratr-prod" && aws_ecs_service.backend.name == "frameratr-prod-backend" && aws_lb.main.name == "frameratr-prod-alb"
    error_message = "every name must carry the environment"
  }
}
