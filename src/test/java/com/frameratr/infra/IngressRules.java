package com.frameratr.infra;

import static com.frameratr.infra.TerraformStack.blocks;

import com.frameratr.infra.InfraPolicy.Ingress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every ingress permission of a stack, whichever of Terraform's three ways declares it: inline
 * {@code ingress} blocks of {@code aws_security_group}, {@code aws_security_group_rule} with
 * {@code type = "ingress"}, and {@code aws_vpc_security_group_ingress_rule}. Each source (CIDR,
 * prefix list, security group) becomes one {@link Ingress}.
 */
final class IngressRules {

    private static final Pattern SECURITY_GROUP = Pattern.compile("aws_security_group\\.([A-Za-z0-9_-]+)\\.id");

    private final TerraformStack stack;
    private final List<Ingress> rules = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    IngressRules(TerraformStack stack) {
        this.stack = stack;
        stack.resources("aws_security_group").forEach(this::inline);
        stack.resources("aws_security_group_rule").forEach(this::legacyRule);
        stack.resources("aws_vpc_security_group_ingress_rule").forEach(this::vpcRule);
    }

    List<Ingress> all() {
        return rules;
    }

    /** Ingress that cannot be checked statically (dynamic blocks, unreadable ports). */
    List<String> problems() {
        return problems;
    }

    private void inline(String group, Map<String, Object> securityGroup) {
        for (Map<String, Object> ingress : blocks(securityGroup.get("ingress"))) {
            List<String> sources = new ArrayList<>();
            sources.addAll(list(ingress.get("cidr_blocks")));
            sources.addAll(list(ingress.get("ipv6_cidr_blocks")));
            list(ingress.get("prefix_list_ids")).forEach(id -> sources.add("prefix list " + id));
            list(ingress.get("security_groups")).forEach(id -> sources.add("security group " + groupName(id)));
            if (Boolean.TRUE.equals(stack.resolve(ingress.get("self")))) {
                sources.add("security group " + group);
            }
            add("aws_security_group." + group + " inline ingress", group, ingress, "protocol", sources);
        }
        blocks(securityGroup.get("dynamic")).stream()
                .filter(dynamic -> dynamic.containsKey("ingress"))
                .forEach(dynamic -> problems.add("aws_security_group." + group
                        + " has a dynamic ingress block, which cannot be checked: declare each rule"));
    }

    private void legacyRule(String name, Map<String, Object> rule) {
        if (!"ingress".equals(stack.text(rule.get("type")))) {
            return;
        }
        List<String> sources = new ArrayList<>();
        sources.addAll(list(rule.get("cidr_blocks")));
        sources.addAll(list(rule.get("ipv6_cidr_blocks")));
        list(rule.get("prefix_list_ids")).forEach(id -> sources.add("prefix list " + id));
        if (rule.get("source_security_group_id") != null) {
            sources.add("security group " + groupName(stack.text(rule.get("source_security_group_id"))));
        }
        String group = groupName(stack.text(rule.get("security_group_id")));
        if (Boolean.TRUE.equals(stack.resolve(rule.get("self")))) {
            sources.add("security group " + group);
        }
        add("aws_security_group_rule." + name, group, rule, "protocol", sources);
    }

    private void vpcRule(String name, Map<String, Object> rule) {
        List<String> sources = new ArrayList<>();
        for (String cidr : List.of("cidr_ipv4", "cidr_ipv6")) {
            if (rule.get(cidr) != null) {
                sources.add(stack.text(rule.get(cidr)));
            }
        }
        if (rule.get("prefix_list_id") != null) {
            sources.add("prefix list " + stack.text(rule.get("prefix_list_id")));
        }
        if (rule.get("referenced_security_group_id") != null) {
            sources.add("security group " + groupName(stack.text(rule.get("referenced_security_group_id"))));
        }
        String group = groupName(stack.text(rule.get("security_group_id")));
        add("aws_vpc_security_group_ingress_rule." + name, group, rule, "ip_protocol", sources);
    }

    private void add(String where, String group, Map<String, Object> rule, String protocolKey, List<String> sources) {
        String protocol = protocol(stack.text(rule.get(protocolKey)));
        boolean allPorts = protocol.equals("all");
        Integer from = allPorts
                ? Integer.valueOf(0)
                : stack.integer(rule.get("from_port")).orElse(null);
        Integer to = allPorts
                ? Integer.valueOf(65535)
                : stack.integer(rule.get("to_port")).orElse(null);
        if (from == null || to == null) {
            problems.add(
                    where + " has ports that cannot be read: " + rule.get("from_port") + "-" + rule.get("to_port"));
            return;
        }
        if (sources.isEmpty()) {
            problems.add(where + " has no source that can be read");
        }
        sources.forEach(source -> rules.add(new Ingress(group, protocol, from, to, source)));
    }

    private static String protocol(String protocol) {
        return switch (protocol.toLowerCase(java.util.Locale.ROOT)) {
            case "6" -> "tcp";
            case "17" -> "udp";
            case "-1", "all" -> "all";
            default -> protocol.toLowerCase(java.util.Locale.ROOT);
        };
    }

    private String groupName(String reference) {
        Matcher matcher = SECURITY_GROUP.matcher(reference);
        return matcher.matches() ? matcher.group(1) : reference;
    }

    private List<String> list(Object value) {
        Object resolved = stack.resolve(value);
        if (resolved instanceof List<?> list) {
            return list.stream().map(stack::text).toList();
        }
        return resolved == null ? List.of() : List.of(stack.text(resolved));
    }
}
