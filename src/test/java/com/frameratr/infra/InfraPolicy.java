package com.frameratr.infra;

import static com.frameratr.infra.TerraformStack.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security properties of the seed architecture, each a rule that lists its violations in a
 * parsed Terraform stack (empty = the rule holds). Each rule also reports when it finds nothing to
 * check, so renaming a resource cannot make a rule pass vacuously.
 */
final class InfraPolicy {

    /** One ingress permission: security group (Terraform name), protocol, port range, source. */
    record Ingress(String securityGroup, String protocol, int fromPort, int toPort, String source) {
        @Override
        public String toString() {
            String ports = fromPort == toPort ? String.valueOf(fromPort) : fromPort + "-" + toPort;
            return securityGroup + " " + protocol + "/" + ports + " from " + source;
        }
    }

    static final Set<Ingress> ALLOWED_INGRESS = Set.of(
            new Ingress("alb", "tcp", 80, 80, "0.0.0.0/0"),
            new Ingress("alb", "tcp", 443, 443, "0.0.0.0/0"),
            new Ingress("tasks", "tcp", 3000, 3000, "security group alb"),
            new Ingress("db", "tcp", 5432, 5432, "security group tasks"));

    private static final Pattern SECURITY_GROUP_REFERENCE =
            Pattern.compile("aws_security_group\\.([A-Za-z0-9_-]+)\\.id");

    private final TerraformStack stack;

    InfraPolicy(TerraformStack stack) {
        this.stack = stack;
    }

    List<String> unexpectedIngress() {
        List<Ingress> found = new IngressRules(stack).all();
        List<String> violations = new ArrayList<>();
        found.stream()
                .filter(rule -> !ALLOWED_INGRESS.contains(rule))
                .forEach(rule -> violations.add("ingress not allowed by the seed: " + rule));
        ALLOWED_INGRESS.stream()
                .filter(rule -> !found.contains(rule))
                .forEach(rule -> violations.add("seed ingress missing: " + rule));
        violations.addAll(new IngressRules(stack).problems());
        violations.addAll(securityGroupsOf("aws_lb", "security_groups", "alb"));
        violations.addAll(securityGroupsOf("aws_db_instance", "vpc_security_group_ids", "db"));
        stack.resources("aws_ecs_service")
                .forEach((name, service) -> blocks(service.get("network_configuration"))
                        .forEach(network -> violations.addAll(
                                groupsMustBe("aws_ecs_service." + name, network.get("security_groups"), "tasks"))));
        return violations;
    }

    List<String> publicDatabases() {
        List<String> violations = new ArrayList<>();
        Map<String, Map<String, Object>> databases = stack.resources("aws_db_instance");
        if (databases.isEmpty()) {
            violations.add("no aws_db_instance found to check");
        }
        databases.forEach((name, db) -> {
            if (!Boolean.FALSE.equals(stack.resolve(db.get("publicly_accessible")))) {
                violations.add("aws_db_instance." + name + " must set publicly_accessible = false, found "
                        + db.get("publicly_accessible"));
            }
        });
        return violations;
    }

    List<String> unencryptedDatabases() {
        List<String> violations = new ArrayList<>();
        Map<String, Map<String, Object>> databases = stack.resources("aws_db_instance");
        if (databases.isEmpty()) {
            violations.add("no aws_db_instance found to check");
        }
        databases.forEach((name, db) -> {
            if (!Boolean.TRUE.equals(stack.resolve(db.get("storage_encrypted")))) {
                violations.add("aws_db_instance." + name + " must set storage_encrypted = true, found "
                        + db.get("storage_encrypted"));
            }
        });
        stack.resources("aws_rds_cluster").forEach((name, cluster) -> {
            if (!Boolean.TRUE.equals(stack.resolve(cluster.get("storage_encrypted")))) {
                violations.add("aws_rds_cluster." + name + " must set storage_encrypted = true");
            }
        });
        return violations;
    }

    List<String> tasksWithPublicIps() {
        List<String> violations = new ArrayList<>();
        Map<String, Map<String, Object>> services = stack.resources("aws_ecs_service");
        if (services.isEmpty()) {
            violations.add("no aws_ecs_service found to check");
        }
        services.forEach((name, service) -> {
            List<Map<String, Object>> networks = blocks(service.get("network_configuration"));
            if (networks.isEmpty()) {
                violations.add("aws_ecs_service." + name + " has no network_configuration (awsvpc, private subnets)");
            }
            for (Map<String, Object> network : networks) {
                Object publicIp = stack.resolve(network.get("assign_public_ip"));
                if (publicIp != null && !Boolean.FALSE.equals(publicIp)) {
                    violations.add("aws_ecs_service." + name + " assigns public IPs (assign_public_ip = " + publicIp
                            + "); tasks belong in the private subnets behind the NAT gateway");
                }
                if (!stack.text(network.get("subnets")).contains("aws_subnet.private")) {
                    violations.add("aws_ecs_service." + name + " must run in the private subnets, found "
                            + network.get("subnets"));
                }
            }
        });
        return violations;
    }

    List<String> missingLogGroup() {
        List<String> violations = new ArrayList<>();
        Map<String, Map<String, Object>> groups = stack.resources("aws_cloudwatch_log_group");
        String backend = groups.entrySet().stream()
                .filter(group -> stack.text(group.getValue().get("name")).matches("/ecs/.*-backend"))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        if (backend == null) {
            violations.add("no aws_cloudwatch_log_group named /ecs/frameratr-<env>-backend");
            return violations;
        }
        if (stack.integer(groups.get(backend).get("retention_in_days")).orElse(0) <= 0) {
            violations.add("aws_cloudwatch_log_group." + backend + " needs retention_in_days (logs kept forever cost)");
        }
        String expectedGroup = "aws_cloudwatch_log_group." + backend + ".name";
        stack.resources("aws_ecs_task_definition").forEach((name, task) -> {
            for (JsonNode container : containers(task)) {
                JsonNode logging = container.path("logConfiguration");
                JsonNode group = logging.path("options").path("awslogs-group");
                String groupReference = group.isObject() ? group.path("name").asString("") : group.asString("");
                String driver = logging.path("logDriver").asString("");
                if (!"awslogs".equals(driver) || !expectedGroup.equals(groupReference)) {
                    violations.add("container " + container.path("name").asString("?") + " of aws_ecs_task_definition."
                            + name + " must log with awslogs to " + expectedGroup + ", found " + driver + " to "
                            + groupReference);
                }
            }
        });
        return violations;
    }

    List<String> wrongTaskSize() {
        List<String> violations = new ArrayList<>();
        Map<String, Map<String, Object>> tasks = stack.resources("aws_ecs_task_definition");
        if (tasks.isEmpty()) {
            violations.add("no aws_ecs_task_definition found to check");
        }
        tasks.forEach((name, task) -> {
            Integer cpu = stack.integer(task.get("cpu")).orElse(null);
            Integer memory = stack.integer(task.get("memory")).orElse(null);
            if (!Objects.equals(cpu, 256) || !Objects.equals(memory, 512)) {
                violations.add(
                        "aws_ecs_task_definition." + name + " must be 256 CPU / 512 MB, found " + cpu + " / " + memory);
            }
        });
        return violations;
    }

    List<String> wrongHealthCheck() {
        List<String> violations = new ArrayList<>();
        Map<String, Map<String, Object>> targetGroups = stack.resources("aws_lb_target_group");
        if (targetGroups.isEmpty()) {
            violations.add("no aws_lb_target_group found to check");
        }
        targetGroups.forEach((name, group) -> {
            List<Map<String, Object>> checks = blocks(group.get("health_check"));
            if (checks.size() != 1) {
                violations.add("aws_lb_target_group." + name + " needs exactly one health_check block");
                return;
            }
            Map<String, Object> check = checks.getFirst();
            String path = stack.text(check.get("path"));
            Integer interval = stack.integer(check.get("interval")).orElse(null);
            if (!"/health".equals(path) || !Objects.equals(interval, 30)) {
                violations.add("aws_lb_target_group." + name + " must check /health every 30 s, found path "
                        + (path.isEmpty() ? "(default /)" : path) + " every " + interval + " s");
            }
            if (Boolean.FALSE.equals(stack.resolve(check.get("enabled")))) {
                violations.add("aws_lb_target_group." + name + " disables its health check");
            }
        });
        return violations;
    }

    /** Actions that write but have no resource-level permissions in IAM, so "*" is their only resource. */
    static final Set<String> WRITES_WITHOUT_RESOURCE_LEVEL = Set.of("ecs:RegisterTaskDefinition");

    /** AWS managed policies that grant reading (or more) of everything in the account. */
    static final Pattern MANAGED_READ_ALL = Pattern.compile("arn:aws[a-z-]*:iam::aws:policy/(?:[A-Za-z0-9+=,.@_-]+/)*"
            + "(ReadOnlyAccess|ViewOnlyAccess|AdministratorAccess|PowerUserAccess)");

    private static final Pattern READ_VERB =
            Pattern.compile("(Describe|Get|List|BatchGet|BatchCheck|Filter|Lookup|Search)[A-Za-z*]*");
    private static final Pattern ROLE_ARN_REFERENCE = Pattern.compile("aws_iam_role\\.([A-Za-z0-9_-]+)\\.arn");
    private static final Pattern TASK_DEFINITION_REFERENCE =
            Pattern.compile("aws_ecs_task_definition\\.([A-Za-z0-9_-]+)\\.");

    List<String> writeActionsOnAnyResource() {
        List<String> violations = new ArrayList<>();
        List<IamStatements.Statement> statements = new IamStatements(stack).permissions();
        if (statements.isEmpty()) {
            violations.add("no IAM policy statement found to check");
        }
        for (IamStatements.Statement statement : statements) {
            if (statement.negated()) {
                violations.add(statement.where() + " uses not_actions or not_resources, which cannot be checked");
                continue;
            }
            List<String> anyResource = statement.resources().stream()
                    .filter(InfraPolicy::anyResource)
                    .toList();
            if (anyResource.isEmpty()) {
                continue;
            }
            statement.actions().stream()
                    .filter(action -> !isRead(action))
                    .filter(action -> !WRITES_WITHOUT_RESOURCE_LEVEL.contains(action))
                    .forEach(action -> violations.add(statement.where() + ": write action " + action + " on resource "
                            + anyResource.getFirst() + " (name the resources it may change)"));
        }
        return violations;
    }

    List<String> managedReadAllPolicies() {
        List<String> violations = new ArrayList<>();
        if (stack.resources("aws_iam_role").isEmpty()) {
            violations.add("no aws_iam_role found to check");
        }
        Map<String, String> attributes = Map.of(
                "aws_iam_role_policy_attachment", "policy_arn",
                "aws_iam_policy_attachment", "policy_arn",
                "aws_iam_user_policy_attachment", "policy_arn",
                "aws_iam_group_policy_attachment", "policy_arn",
                "aws_iam_role", "managed_policy_arns",
                "aws_iam_role_policy_attachments_exclusive", "policy_arns");
        attributes.forEach((type, attribute) -> stack.resources(type).forEach((name, resource) -> {
            Matcher managed = MANAGED_READ_ALL.matcher(stack.text(resource.get(attribute)));
            while (managed.find()) {
                violations.add(type + "." + name + " attaches the AWS managed policy " + managed.group(1)
                        + " (grant the actions the role needs instead)");
            }
        }));
        return violations;
    }

    /** The roles the stack's task definitions run with: the only roles a deployer may pass to ECS. */
    Set<String> taskDefinitionRoles() {
        Set<String> roles = new java.util.TreeSet<>();
        stack.resources("aws_ecs_task_definition").forEach((name, task) -> {
            for (String attribute : List.of("execution_role_arn", "task_role_arn")) {
                Matcher role = ROLE_ARN_REFERENCE.matcher(stack.text(task.get(attribute)));
                if (role.matches()) {
                    roles.add(role.group(1));
                }
            }
        });
        return roles;
    }

    List<String> passRoleBeyondTaskRoles() {
        List<String> violations = new ArrayList<>();
        Set<String> allowed = taskDefinitionRoles();
        List<IamStatements.Statement> passing = new IamStatements(stack)
                .permissions().stream()
                        .filter(statement -> statement.grants("iam:PassRole"))
                        .toList();
        if (passing.isEmpty()) {
            violations.add(
                    "no statement granting iam:PassRole found to check (the deploy role registers task definitions)");
        }
        for (IamStatements.Statement statement : passing) {
            if (statement.negated()) {
                violations.add(statement.where() + " uses not_actions or not_resources, which cannot be checked");
            }
            for (String resource : statement.resources()) {
                Matcher role = ROLE_ARN_REFERENCE.matcher(resource);
                if (!role.matches() || !allowed.contains(role.group(1))) {
                    violations.add(statement.where() + " may pass " + resource + "; only the task definitions' roles "
                            + allowed + " may be passed");
                }
            }
            boolean toEcsTasksOnly = statement.conditions().stream()
                    .anyMatch(condition -> condition.variable().equalsIgnoreCase("iam:PassedToService")
                            && condition.test().startsWith("String")
                            && condition.values().equals(List.of("ecs-tasks.amazonaws.com")));
            if (!toEcsTasksOnly) {
                violations.add(statement.where()
                        + " must limit iam:PassRole with iam:PassedToService = ecs-tasks.amazonaws.com");
            }
        }
        return violations;
    }

    List<String> masterSecretOutsideMigration() {
        List<String> violations = new ArrayList<>();
        Map<String, Map<String, Object>> tasks = stack.resources("aws_ecs_task_definition");
        Set<String> migrationTasks = new java.util.TreeSet<>();
        tasks.forEach((name, task) -> {
            if (containers(task).stream().anyMatch(InfraPolicy::runsMigrate)) {
                migrationTasks.add(name);
            }
        });
        if (migrationTasks.isEmpty()) {
            violations.add("no aws_ecs_task_definition whose container runs [\"migrate\"] found to check");
        }
        Set<String> migrationRoles = new java.util.TreeSet<>();
        migrationTasks.forEach(
                name -> roleOf(tasks.get(name), "execution_role_arn").ifPresent(migrationRoles::add));

        IamStatements iam = new IamStatements(stack);
        Set<String> readers = new java.util.TreeSet<>();
        boolean masterNamed = false;
        for (IamStatements.Statement statement : iam.permissions()) {
            boolean namesMaster = statement.resources().stream().anyMatch(InfraPolicy::isMasterSecret);
            boolean readsAnySecret = statement.grants("secretsmanager:GetSecretValue")
                    && statement.resources().stream().anyMatch(resource -> resource.contains("*"));
            if (readsAnySecret) {
                violations.add(statement.where() + " may read any secret (" + statement.resources()
                        + "), the RDS master secret included: name the secrets");
            }
            if (!namesMaster) {
                continue;
            }
            masterNamed = true;
            Set<String> roles = iam.rolesOf(statement);
            if (roles.isEmpty()) {
                violations.add(
                        statement.where() + " names the master secret but is granted to no role this check knows");
            }
            readers.addAll(roles);
        }
        if (!masterNamed) {
            violations.add("no IAM statement names the RDS master secret (master_user_secret): the migration task"
                    + " could not read it, and there is nothing to check");
        }
        readers.stream()
                .filter(role -> !migrationRoles.contains(role))
                .forEach(role -> violations.add("aws_iam_role." + role
                        + " may read the RDS master secret; only the migration task's execution role "
                        + migrationRoles + " may"));

        Set<String> serviceTasks = new java.util.TreeSet<>();
        stack.resources("aws_ecs_service").forEach((name, service) -> {
            Matcher task = TASK_DEFINITION_REFERENCE.matcher(stack.text(service.get("task_definition")));
            if (task.find()) {
                serviceTasks.add(task.group(1));
            }
        });
        if (serviceTasks.isEmpty()) {
            violations.add("no aws_ecs_service with a task definition found to check");
        }
        tasks.forEach((name, task) -> {
            if (migrationTasks.contains(name)) {
                return;
            }
            for (JsonNode container : containers(task)) {
                container.path("secrets").forEach(secret -> {
                    if (isMasterSecret(secret.path("valueFrom").asString(""))) {
                        violations.add("container " + container.path("name").asString("?")
                                + " of aws_ecs_task_definition." + name + " reads the master secret as "
                                + secret.path("name").asString("?") + "; the service connects as frameratr_app");
                    }
                });
            }
            Optional<String> role = roleOf(task, "execution_role_arn");
            if (serviceTasks.contains(name) && role.isPresent() && readers.contains(role.get())) {
                violations.add("aws_ecs_task_definition." + name + " (the service) starts with aws_iam_role."
                        + role.get() + ", which may read the RDS master secret");
            }
        });
        return violations;
    }

    List<String> managementPortExposed() {
        List<String> violations = new ArrayList<>();
        Integer port = stack.local("management_port").flatMap(stack::integer).orElse(null);
        if (port == null) {
            violations.add("no local.management_port (the MANAGEMENT_PORT of the service) found to check");
            return violations;
        }
        Map<String, Map<String, Object>> tasks = stack.resources("aws_ecs_task_definition");
        stack.resources("aws_ecs_service").forEach((serviceName, service) -> {
            Matcher task = TASK_DEFINITION_REFERENCE.matcher(stack.text(service.get("task_definition")));
            if (!task.find() || !tasks.containsKey(task.group(1))) {
                return;
            }
            boolean setsIt = containers(tasks.get(task.group(1))).stream()
                    .anyMatch(container -> stream(container.path("environment"))
                            .anyMatch(variable -> "MANAGEMENT_PORT"
                                    .equals(variable.path("name").asString(""))));
            if (!setsIt) {
                violations.add("aws_ecs_task_definition." + task.group(1)
                        + " (the service) does not set MANAGEMENT_PORT: Actuator would share the public port");
            }
            blocks(service.get("load_balancer")).forEach(balancer -> {
                if (Objects.equals(stack.integer(balancer.get("container_port")).orElse(null), port)) {
                    violations.add("aws_ecs_service." + serviceName + " puts the management port " + port
                            + " behind the load balancer");
                }
            });
        });
        tasks.forEach((name, task) -> containers(task)
                .forEach(container -> container.path("portMappings").forEach(mapping -> {
                    for (String key : List.of("containerPort", "hostPort")) {
                        if (Objects.equals(jsonInteger(mapping.path(key)), port)) {
                            violations.add("container " + container.path("name").asString("?")
                                    + " of aws_ecs_task_definition." + name + " maps the management port "
                                    + port + " (" + key + ")");
                        }
                    }
                })));
        new IngressRules(stack)
                .all().stream()
                        .filter(rule -> rule.fromPort() <= port && port <= rule.toPort())
                        .forEach(rule -> violations.add("ingress admits the management port " + port + ": " + rule));
        stack.resources("aws_lb_target_group").forEach((name, group) -> {
            boolean forwards = Objects.equals(stack.integer(group.get("port")).orElse(null), port)
                    || blocks(group.get("health_check")).stream()
                            .anyMatch(check -> Objects.equals(
                                    stack.integer(check.get("port")).orElse(null), port));
            if (forwards) {
                violations.add("aws_lb_target_group." + name
                        + " sends the load balancer's traffic to the management port " + port);
            }
        });
        Integer servicePort = stack.integer("var.container_port").orElse(null);
        if (Objects.equals(servicePort, port)) {
            violations.add("the management port " + port + " is the service port: Actuator would be public");
        }
        return violations;
    }

    List<String> passwordsInState() {
        List<String> violations = new ArrayList<>();
        Map<String, Map<String, Object>> databases = stack.resources("aws_db_instance");
        if (databases.isEmpty()) {
            violations.add("no aws_db_instance found to check");
        }
        databases.forEach((name, db) -> {
            if (!Boolean.TRUE.equals(stack.resolve(db.get("manage_master_user_password")))) {
                violations.add("aws_db_instance." + name
                        + " must set manage_master_user_password = true (RDS keeps the master password), found "
                        + db.get("manage_master_user_password"));
            }
            if (db.containsKey("password")) {
                violations.add("aws_db_instance." + name + " sets password: it would be in the Terraform state");
            }
        });
        for (String type : List.of("random_password", "random_string", "random_bytes")) {
            stack.resources(type)
                    .keySet()
                    .forEach(name -> violations.add(type + "." + name
                            + " keeps its result in the Terraform state; generate secrets outside it"));
        }
        stack.resources("aws_secretsmanager_secret_version").forEach((name, version) -> {
            String value = stack.text(version.get("secret_string"));
            if (value.toLowerCase(java.util.Locale.ROOT).contains("password") || value.contains("random_")) {
                violations.add("aws_secretsmanager_secret_version." + name
                        + " writes a password with secret_string, which is kept in the state: use secret_string_wo");
            }
        });
        return violations;
    }

    private static boolean isRead(String action) {
        int colon = action.indexOf(':');
        return colon > 0 && READ_VERB.matcher(action.substring(colon + 1)).matches();
    }

    /** "*" or an ARN that is a wildcard after its service (arn:aws:ecs:*:*:*, arn:aws:s3:::*). */
    private static boolean anyResource(String resource) {
        return resource.equals("*") || resource.matches("arn:[^:]*:[^:]*:[^:]*:[^:]*:\\*");
    }

    private static boolean isMasterSecret(String reference) {
        return reference.contains("master_user_secret");
    }

    private static boolean runsMigrate(JsonNode container) {
        JsonNode command = container.path("command");
        return command.isArray()
                && command.size() == 1
                && "migrate".equals(command.get(0).asString(""));
    }

    private Optional<String> roleOf(Map<String, Object> task, String attribute) {
        Matcher role = ROLE_ARN_REFERENCE.matcher(stack.text(task.get(attribute)));
        return role.matches() ? Optional.of(role.group(1)) : Optional.empty();
    }

    private Integer jsonInteger(JsonNode node) {
        if (node.isNumber()) {
            return node.asInt();
        }
        if (node.isObject()) {
            return stack.integer(node.path("name").asString("")).orElse(null);
        }
        return node.isString() ? stack.integer(node.asString()).orElse(null) : null;
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }

    private List<String> securityGroupsOf(String type, String attribute, String expected) {
        List<String> violations = new ArrayList<>();
        stack.resources(type)
                .forEach((name, resource) ->
                        violations.addAll(groupsMustBe(type + "." + name, resource.get(attribute), expected)));
        return violations;
    }

    private List<String> groupsMustBe(String owner, Object groups, String expected) {
        List<String> names = new ArrayList<>();
        Matcher reference = SECURITY_GROUP_REFERENCE.matcher(stack.text(groups));
        while (reference.find()) {
            names.add(reference.group(1));
        }
        return names.equals(List.of(expected))
                ? List.of()
                : List.of(owner + " must be in security group " + expected + " only, found " + groups);
    }

    private static List<JsonNode> containers(Map<String, Object> task) {
        Object definitions = task.get("container_definitions");
        if (definitions == null) {
            return List.of();
        }
        JsonNode parsed = JsonMapper.builder().build().readTree(definitions.toString());
        List<JsonNode> containers = new ArrayList<>();
        parsed.forEach(containers::add);
        return containers;
    }
}
