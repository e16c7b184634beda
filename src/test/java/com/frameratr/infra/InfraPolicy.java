package com.frameratr.infra;

import static com.frameratr.infra.TerraformStack.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
