# The whole stack applied for a dev environment against a mocked AWS provider (no account, no
# network): the seed architecture's properties on the resources Terraform would create. Plain HTTP
# (allowed explicitly), GitHub deploy roles with a new OIDC provider. Run by TerraformModuleTests.

mock_provider "aws" {
  source = "./tests/mocks"
}

variables {
  environment          = "dev"
  image_tag            = "0123456789ab"
  firebase_project_id  = "frameratr-dev"
  cors_allowed_origins = "https://dev.frameratr.example"
  allow_plain_http     = true
  github_repository    = "frameratr/frameratr-backend"
  tf_state_bucket      = "frameratr-tfstate-123456789012"
}

run "dev" {
  command = apply

  # --- network ---------------------------------------------------------------------------------

  assert {
    condition     = aws_vpc.main.cidr_block == "10.0.0.0/16"
    error_message = "the VPC must be 10.0.0.0/16"
  }

  assert {
    condition     = jsonencode(aws_subnet.public[*].cidr_block) == jsonencode(["10.0.1.0/24", "10.0.2.0/24"])
    error_message = "public subnets must be 10.0.1.0/24 and 10.0.2.0/24"
  }

  assert {
    condition     = jsonencode(aws_subnet.private[*].cidr_block) == jsonencode(["10.0.10.0/24", "10.0.11.0/24"])
    error_message = "private subnets must be 10.0.10.0/24 and 10.0.11.0/24"
  }

  assert {
    condition     = aws_subnet.public[0].availability_zone != aws_subnet.public[1].availability_zone && aws_subnet.private[0].availability_zone != aws_subnet.private[1].availability_zone
    error_message = "each pair of subnets must span two availability zones"
  }

  assert {
    condition     = alltrue([for subnet in aws_subnet.public : subnet.map_public_ip_on_launch == false])
    error_message = "public subnets must not hand out public IPs on their own"
  }

  assert {
    condition     = aws_nat_gateway.main.subnet_id == aws_subnet.public[0].id && aws_nat_gateway.main.allocation_id == aws_eip.nat.id
    error_message = "the NAT gateway must sit in a public subnet with its elastic IP"
  }

  assert {
    condition     = anytrue([for route in aws_route_table.private.route : route.cidr_block == "0.0.0.0/0" && route.nat_gateway_id == aws_nat_gateway.main.id])
    error_message = "the private subnets must reach the internet through the NAT gateway"
  }

  assert {
    condition     = anytrue([for route in aws_route_table.public.route : route.cidr_block == "0.0.0.0/0" && route.gateway_id == aws_internet_gateway.main.id])
    error_message = "the public subnets must route through the internet gateway"
  }

  assert {
    condition     = toset(aws_route_table_association.private[*].subnet_id) == toset(aws_subnet.private[*].id) && alltrue([for association in aws_route_table_association.private : association.route_table_id == aws_route_table.private.id])
    error_message = "both private subnets must use the NAT route table"
  }

  # --- load balancer -----------------------------------------------------------------------------

  assert {
    condition     = aws_lb.main.internal == false && toset(aws_lb.main.subnets) == toset(aws_subnet.public[*].id)
    error_message = "the ALB must be internet-facing in the public subnets"
  }

  assert {
    condition     = toset(aws_lb.main.security_groups) == toset([aws_security_group.alb.id])
    error_message = "the ALB must be in its own security group only"
  }

  assert {
    condition     = aws_lb_listener.http.port == 80 && aws_lb_listener.http.protocol == "HTTP"
    error_message = "the ALB must listen on 80 (HTTP)"
  }

  assert {
    condition     = aws_lb_listener.http.default_action[0].type == "forward" && aws_lb_listener.http.default_action[0].target_group_arn == aws_lb_target_group.backend.arn
    error_message = "without a certificate (allow_plain_http) port 80 must forward to the backend"
  }

  assert {
    condition     = length(aws_lb_listener.https) == 0
    error_message = "without a certificate there is no HTTPS listener"
  }

  assert {
    condition     = output.alb_url == "http://${aws_lb.main.dns_name}"
    error_message = "alb_url must be the ALB's http:// address without a certificate"
  }

  assert {
    condition     = aws_lb_target_group.backend.port == 3000 && aws_lb_target_group.backend.protocol == "HTTP" && aws_lb_target_group.backend.target_type == "ip"
    error_message = "the target group must send HTTP to port 3000 of IP targets (Fargate)"
  }

  assert {
    condition     = aws_lb_target_group.backend.health_check[0].path == "/health" && aws_lb_target_group.backend.health_check[0].interval == 30 && aws_lb_target_group.backend.health_check[0].matcher == "200"
    error_message = "the target group must check GET /health for a 200 every 30 s"
  }

  # --- security groups: ALB -> tasks (service port only) -> database (5432 from the tasks only) ---

  assert {
    condition = (
      aws_vpc_security_group_ingress_rule.alb_http.security_group_id == aws_security_group.alb.id
      && aws_vpc_security_group_ingress_rule.alb_http.from_port == 80 && aws_vpc_security_group_ingress_rule.alb_http.to_port == 80
      && aws_vpc_security_group_ingress_rule.alb_http.cidr_ipv4 == "0.0.0.0/0"
      && aws_vpc_security_group_ingress_rule.alb_https.security_group_id == aws_security_group.alb.id
      && aws_vpc_security_group_ingress_rule.alb_https.from_port == 443 && aws_vpc_security_group_ingress_rule.alb_https.to_port == 443
      && aws_vpc_security_group_ingress_rule.alb_https.cidr_ipv4 == "0.0.0.0/0"
    )
    error_message = "the ALB must admit 80 and 443 from anywhere"
  }

  assert {
    condition = (
      aws_vpc_security_group_ingress_rule.tasks_from_alb.security_group_id == aws_security_group.tasks.id
      && aws_vpc_security_group_ingress_rule.tasks_from_alb.referenced_security_group_id == aws_security_group.alb.id
      && aws_vpc_security_group_ingress_rule.tasks_from_alb.ip_protocol == "tcp"
      && aws_vpc_security_group_ingress_rule.tasks_from_alb.from_port == 3000 && aws_vpc_security_group_ingress_rule.tasks_from_alb.to_port == 3000
      && aws_vpc_security_group_ingress_rule.tasks_from_alb.cidr_ipv4 == null
    )
    error_message = "the tasks must admit the service port 3000 from the ALB's security group only"
  }

  assert {
    condition = (
      aws_vpc_security_group_egress_rule.alb_to_tasks.security_group_id == aws_security_group.alb.id
      && aws_vpc_security_group_egress_rule.alb_to_tasks.referenced_security_group_id == aws_security_group.tasks.id
      && aws_vpc_security_group_egress_rule.alb_to_tasks.from_port == 3000 && aws_vpc_security_group_egress_rule.alb_to_tasks.to_port == 3000
    )
    error_message = "the ALB may send to the tasks' service port only"
  }

  assert {
    condition = (
      aws_vpc_security_group_ingress_rule.db_from_tasks.security_group_id == aws_security_group.db.id
      && aws_vpc_security_group_ingress_rule.db_from_tasks.referenced_security_group_id == aws_security_group.tasks.id
      && aws_vpc_security_group_ingress_rule.db_from_tasks.from_port == 5432 && aws_vpc_security_group_ingress_rule.db_from_tasks.to_port == 5432
      && aws_vpc_security_group_ingress_rule.db_from_tasks.cidr_ipv4 == null
      && aws_vpc_security_group_egress_rule.tasks_to_db.referenced_security_group_id == aws_security_group.db.id
    )
    error_message = "the database must admit 5432 from the tasks' security group only"
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

  # --- ECS: the service -------------------------------------------------------------------------------

  assert {
    condition     = aws_ecs_task_definition.backend.cpu == "256" && aws_ecs_task_definition.backend.memory == "512"
    error_message = "the service's task must be 0.25 vCPU / 512 MB"
  }

  assert {
    condition     = aws_ecs_task_definition.backend.execution_role_arn == aws_iam_role.execution.arn && aws_ecs_task_definition.backend.task_role_arn == aws_iam_role.task.arn
    error_message = "the service's task must use the service execution role and the task role"
  }

  assert {
    condition     = aws_ecs_service.backend.launch_type == "FARGATE" && aws_ecs_service.backend.cluster == aws_ecs_cluster.main.id
    error_message = "the service must run on Fargate in the cluster"
  }

  assert {
    condition = (
      toset(aws_ecs_service.backend.network_configuration[0].subnets) == toset(aws_subnet.private[*].id)
      && aws_ecs_service.backend.network_configuration[0].assign_public_ip == false
      && toset(aws_ecs_service.backend.network_configuration[0].security_groups) == toset([aws_security_group.tasks.id])
    )
    error_message = "the tasks must run in the private subnets, without public IPs, in the tasks' security group"
  }

  assert {
    condition = (
      length(aws_ecs_service.backend.load_balancer) == 1
      && one(aws_ecs_service.backend.load_balancer).container_port == 3000
      && one(aws_ecs_service.backend.load_balancer).target_group_arn == aws_lb_target_group.backend.arn
    )
    error_message = "the ALB must reach the service's container on port 3000 only"
  }

  assert {
    condition     = aws_ecs_service.backend.deployment_circuit_breaker[0].enable && aws_ecs_service.backend.deployment_circuit_breaker[0].rollback
    error_message = "the deployment circuit breaker must roll back failed deployments"
  }

  assert {
    condition     = aws_appautoscaling_target.backend.min_capacity == 1 && aws_appautoscaling_target.backend.max_capacity == 4
    error_message = "the service must scale between 1 and 4 tasks"
  }

  assert {
    condition     = jsonencode([for mapping in jsondecode(aws_ecs_task_definition.backend.container_definitions)[0].portMappings : mapping.containerPort]) == jsonencode([3000])
    error_message = "the service's container must map the service port 3000 only (never the management port)"
  }

  assert {
    condition = (
      { for variable in jsondecode(aws_ecs_task_definition.backend.container_definitions)[0].environment : variable.name => variable.value }["DB_MIGRATIONS"] == "validate"
    )
    error_message = "the service must only validate migrations (DB_MIGRATIONS=validate); the migration task applies them"
  }

  assert {
    condition = (
      { for variable in jsondecode(aws_ecs_task_definition.backend.container_definitions)[0].environment : variable.name => variable.value }["MANAGEMENT_PORT"] == "9090"
      && { for variable in jsondecode(aws_ecs_task_definition.backend.container_definitions)[0].environment : variable.name => variable.value }["PORT"] == "3000"
    )
    error_message = "the service must listen on PORT 3000 and serve Actuator on MANAGEMENT_PORT 9090"
  }

  assert {
    condition = (
      { for variable in jsondecode(aws_ecs_task_definition.backend.container_definitions)[0].environment : variable.name => variable.value }["TRUSTED_PROXY_CIDRS"] == "10.0.1.0/24,10.0.2.0/24"
    )
    error_message = "TRUSTED_PROXY_CIDRS must be the public subnets, where the ALB's nodes live"
  }

  assert {
    condition = (
      { for variable in jsondecode(aws_ecs_task_definition.backend.container_definitions)[0].environment : variable.name => variable.value }["DB_USER"] == "frameratr_app"
      && { for variable in jsondecode(aws_ecs_task_definition.backend.container_definitions)[0].environment : variable.name => variable.value }["DB_HOST"] == aws_db_instance.main.address
      && { for variable in jsondecode(aws_ecs_task_definition.backend.container_definitions)[0].environment : variable.name => variable.value }["DB_PORT"] == "5432"
      && { for variable in jsondecode(aws_ecs_task_definition.backend.container_definitions)[0].environment : variable.name => variable.value }["DB_NAME"] == "frameratr"
      && { for variable in jsondecode(aws_ecs_task_definition.backend.container_definitions)[0].environment : variable.name => variable.value }["FIREBASE_PROJECT_ID"] == "frameratr-dev"
    )
    error_message = "the service must connect as frameratr_app to the RDS instance and verify tokens of the configured Firebase project"
  }

  assert {
    condition = (
      jsonencode(jsondecode(aws_ecs_task_definition.backend.container_definitions)[0].secrets) == jsonencode([
        { name = "DB_PASS", valueFrom = "${aws_secretsmanager_secret.db_app.arn}:password::" },
        { name = "TMDB_TOKEN", valueFrom = "${aws_secretsmanager_secret.tmdb.arn}:TMDB_TOKEN::" },
      ])
    )
    error_message = "the service's secrets must be exactly the app role's password and the TMDb token (never the master secret)"
  }

  # --- ECS: the one-off migration task ----------------------------------------------------------------

  assert {
    condition     = jsonencode(jsondecode(aws_ecs_task_definition.migrate.container_definitions)[0].command) == jsonencode(["migrate"])
    error_message = "the migration task's command must be [\"migrate\"]"
  }

  assert {
    condition     = aws_ecs_task_definition.migrate.family == "frameratr-dev-migrate" && aws_ecs_task_definition.migrate.cpu == "256" && aws_ecs_task_definition.migrate.memory == "512"
    error_message = "the migration task must be its own family frameratr-dev-migrate, 0.25 vCPU / 512 MB"
  }

  assert {
    condition     = jsondecode(aws_ecs_task_definition.migrate.container_definitions)[0].image == jsondecode(aws_ecs_task_definition.backend.container_definitions)[0].image
    error_message = "the migration task must run the service's image"
  }

  assert {
    condition = (
      jsondecode(aws_ecs_task_definition.migrate.container_definitions)[0].logConfiguration.options["awslogs-group"] == aws_cloudwatch_log_group.backend.name
      && jsondecode(aws_ecs_task_definition.backend.container_definitions)[0].logConfiguration.options["awslogs-group"] == aws_cloudwatch_log_group.backend.name
      && aws_cloudwatch_log_group.backend.name == "/ecs/frameratr-dev-backend" && aws_cloudwatch_log_group.backend.retention_in_days == 30
    )
    error_message = "both tasks must log to /ecs/frameratr-dev-backend (30 days)"
  }

  assert {
    condition = (
      jsonencode(jsondecode(aws_ecs_task_definition.migrate.container_definitions)[0].secrets) == jsonencode([
        { name = "DB_USER", valueFrom = "${aws_db_instance.main.master_user_secret[0].secret_arn}:username::" },
        { name = "DB_PASS", valueFrom = "${aws_db_instance.main.master_user_secret[0].secret_arn}:password::" },
        { name = "FRAMERATR_APP_DB_PASSWORD", valueFrom = "${aws_secretsmanager_secret.db_app.arn}:password::" },
      ])
    )
    error_message = "the migration task must connect with the RDS-managed master secret and set frameratr_app's password from the app secret"
  }

  assert {
    condition = (
      aws_ecs_task_definition.migrate.execution_role_arn == aws_iam_role.migrate_execution.arn
      && aws_ecs_task_definition.migrate.execution_role_arn != aws_ecs_task_definition.backend.execution_role_arn
    )
    error_message = "the migration task must have its own execution role (the only one that reads the master secret)"
  }

  assert {
    condition     = length(try(jsondecode(aws_ecs_task_definition.migrate.container_definitions)[0].portMappings, [])) == 0
    error_message = "the migration task serves nothing: no port mappings"
  }

  # --- database ------------------------------------------------------------------------------------------

  assert {
    condition     = aws_db_instance.main.engine == "postgres" && aws_db_instance.main.engine_version == "16"
    error_message = "the database must be PostgreSQL 16"
  }

  assert {
    condition     = aws_db_instance.main.storage_encrypted && aws_db_instance.main.publicly_accessible == false
    error_message = "the database must be encrypted and not publicly accessible"
  }

  assert {
    condition     = aws_db_instance.main.manage_master_user_password == true && aws_db_instance.main.password == null
    error_message = "RDS must manage the master password; Terraform must not know it"
  }

  assert {
    condition     = toset(aws_db_subnet_group.main.subnet_ids) == toset(aws_subnet.private[*].id) && toset(aws_db_instance.main.vpc_security_group_ids) == toset([aws_security_group.db.id])
    error_message = "the database must live in the private subnets, in its own security group"
  }

  assert {
    condition     = aws_secretsmanager_secret_version.db_app.secret_string == null && aws_secretsmanager_secret_version.db_app.secret_string_wo == null && aws_secretsmanager_secret_version.db_app.secret_string_wo_version == 1
    error_message = "the app role's password must be written write-only (nothing in the state)"
  }

  # --- GitHub roles and outputs deploy.sh reads ---------------------------------------------------------

  assert {
    condition     = length(aws_iam_role.github_deploy) == 1 && length(aws_iam_role.github_plan) == 1 && length(aws_iam_openid_connect_provider.github) == 1
    error_message = "with github_repository set there must be a deploy role, a plan role and the OIDC provider"
  }

  assert {
    condition = (
      output.environment == "dev" && output.ecs_cluster_name == "frameratr-dev" && output.ecs_service_name == "frameratr-dev-backend"
      && output.task_definition_family == "frameratr-dev-backend" && output.container_name == "backend"
      && output.migrate_task_definition_family == "frameratr-dev-migrate" && output.migrate_container_name == "migrate"
      && toset(output.private_subnet_ids) == toset(aws_subnet.private[*].id) && output.task_security_group_id == aws_security_group.tasks.id
      && output.log_group_name == "/ecs/frameratr-dev-backend"
    )
    error_message = "the outputs scripts/deploy.sh reads must name this environment's resources"
  }
}
