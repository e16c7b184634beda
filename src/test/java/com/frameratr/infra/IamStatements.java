package com.frameratr.infra;

import static com.frameratr.infra.TerraformStack.blocks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every IAM policy statement of a stack and the roles it is granted to, whichever way it is
 * written: {@code statement} blocks (and {@code dynamic "statement"} blocks) of
 * {@code aws_iam_policy_document} data sources, or {@code jsonencode} policies of
 * {@code aws_iam_role_policy} and {@code aws_iam_policy}. Documents reach roles through
 * {@code aws_iam_role_policy} (role + policy) or {@code aws_iam_policy} +
 * {@code aws_iam_role_policy_attachment}.
 */
final class IamStatements {

    /** One condition of a statement: {@code test}, {@code variable}, {@code values}. */
    record Condition(String test, String variable, List<String> values) {}

    /**
     * One statement: where it is written ({@code data.aws_iam_policy_document.x} or a resource), its
     * sid, whether it allows, its actions and resources as written, whether it names principals (a
     * trust policy), whether it uses {@code not_actions}/{@code not_resources}, and its conditions.
     */
    record Statement(
            String document,
            String sid,
            boolean allow,
            List<String> actions,
            List<String> resources,
            boolean principals,
            boolean negated,
            List<Condition> conditions) {

        String where() {
            return document + (sid.isEmpty() ? "" : " statement " + sid);
        }

        /** Whether one of its actions, wildcards included, covers {@code action} (e.g. iam:PassRole). */
        boolean grants(String action) {
            return actions.stream().anyMatch(pattern -> matches(pattern, action));
        }
    }

    private static final Pattern DOCUMENT_REFERENCE =
            Pattern.compile("data\\.aws_iam_policy_document\\.([A-Za-z0-9_-]+)");
    private static final Pattern ROLE_REFERENCE = Pattern.compile("aws_iam_role\\.([A-Za-z0-9_-]+)");
    private static final Pattern POLICY_REFERENCE = Pattern.compile("aws_iam_policy\\.([A-Za-z0-9_-]+)");

    private final TerraformStack stack;
    private final List<Statement> statements = new ArrayList<>();
    private final Map<String, Set<String>> rolesByDocument = new LinkedHashMap<>();

    IamStatements(TerraformStack stack) {
        this.stack = stack;
        stack.dataSources("aws_iam_policy_document").forEach((name, document) -> {
            String where = "data.aws_iam_policy_document." + name;
            blocks(document.get("statement")).forEach(statement -> statements.add(fromBlock(where, statement)));
            blocks(document.get("dynamic")).stream()
                    .flatMap(dynamic -> blocks(dynamic.get("statement")).stream())
                    .flatMap(statement -> blocks(statement.get("content")).stream())
                    .forEach(statement -> statements.add(fromBlock(where + " (dynamic)", statement)));
        });
        stack.resources("aws_iam_role_policy").forEach((name, policy) -> {
            String document = documentOf("aws_iam_role_policy." + name, policy.get("policy"));
            roleNames(policy.get("role")).forEach(role -> grant(document, role));
        });
        Map<String, String> managedDocuments = new LinkedHashMap<>();
        stack.resources("aws_iam_policy")
                .forEach((name, policy) ->
                        managedDocuments.put(name, documentOf("aws_iam_policy." + name, policy.get("policy"))));
        stack.resources("aws_iam_role_policy_attachment").forEach((name, attachment) -> {
            Matcher policy = POLICY_REFERENCE.matcher(stack.text(attachment.get("policy_arn")));
            if (policy.find() && managedDocuments.containsKey(policy.group(1))) {
                roleNames(attachment.get("role")).forEach(role -> grant(managedDocuments.get(policy.group(1)), role));
            }
        });
    }

    /** All statements, trust policies included. */
    List<Statement> all() {
        return statements;
    }

    /** Allow statements of permission policies (not trust policies, which name principals). */
    List<Statement> permissions() {
        return statements.stream()
                .filter(Statement::allow)
                .filter(statement -> !statement.principals())
                .toList();
    }

    /** The roles (Terraform names) a statement's document is granted to; empty if none is known. */
    Set<String> rolesOf(Statement statement) {
        return rolesByDocument.getOrDefault(statement.document().replace(" (dynamic)", ""), Set.of());
    }

    /** Whether an IAM action glob ({@code ecs:Describe*}, {@code *}) covers an action. */
    static boolean matches(String pattern, String action) {
        String regex = Pattern.quote(pattern.toLowerCase(Locale.ROOT))
                .replace("*", "\\E.*\\Q")
                .replace("?", "\\E.\\Q");
        return action.toLowerCase(Locale.ROOT).matches(regex);
    }

    private void grant(String document, String role) {
        rolesByDocument.computeIfAbsent(document, d -> new LinkedHashSet<>()).add(role);
    }

    private List<String> roleNames(Object reference) {
        List<String> roles = new ArrayList<>();
        Matcher role = ROLE_REFERENCE.matcher(stack.text(reference));
        while (role.find()) {
            roles.add(role.group(1));
        }
        return roles;
    }

    /** The document a policy attribute names, parsing inline JSON policies into statements. */
    private String documentOf(String owner, Object policy) {
        String text = stack.text(policy).trim();
        Matcher document = DOCUMENT_REFERENCE.matcher(text);
        if (document.find()) {
            return "data.aws_iam_policy_document." + document.group(1);
        }
        if (text.startsWith("{")) {
            JsonNode parsed = JsonMapper.builder().build().readTree(text);
            JsonNode list = parsed.path("Statement");
            if (list.isObject()) {
                statements.add(fromJson(owner, list));
            } else {
                list.forEach(statement -> statements.add(fromJson(owner, statement)));
            }
        }
        return owner;
    }

    private Statement fromBlock(String document, Map<String, Object> statement) {
        List<Condition> conditions = blocks(statement.get("condition")).stream()
                .map(condition -> new Condition(
                        stack.text(condition.get("test")),
                        stack.text(condition.get("variable")),
                        strings(condition.get("values"))))
                .toList();
        return new Statement(
                document,
                stack.text(statement.get("sid")),
                !"Deny".equalsIgnoreCase(stack.text(statement.get("effect"))),
                strings(statement.get("actions")),
                strings(statement.get("resources")),
                statement.containsKey("principals") || statement.containsKey("not_principals"),
                statement.containsKey("not_actions") || statement.containsKey("not_resources"),
                conditions);
    }

    private static Statement fromJson(String document, JsonNode statement) {
        List<Condition> conditions = new ArrayList<>();
        statement
                .path("Condition")
                .properties()
                .forEach(test -> test.getValue()
                        .properties()
                        .forEach(variable -> conditions.add(
                                new Condition(test.getKey(), variable.getKey(), jsonStrings(variable.getValue())))));
        return new Statement(
                document,
                statement.path("Sid").asString(""),
                !"Deny".equalsIgnoreCase(statement.path("Effect").asString("Allow")),
                jsonStrings(statement.path("Action")),
                jsonStrings(statement.path("Resource")),
                statement.has("Principal") || statement.has("NotPrincipal"),
                statement.has("NotAction") || statement.has("NotResource"),
                conditions);
    }

    private List<String> strings(Object value) {
        Object resolved = stack.resolve(value);
        if (resolved instanceof List<?> list) {
            return list.stream().map(stack::text).toList();
        }
        return resolved == null ? List.of() : List.of(stack.text(resolved));
    }

    private static List<String> jsonStrings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(
                    value -> values.add(value.isObject() ? value.path("name").asString("") : value.asString("")));
        } else if (node.isObject()) {
            values.add(node.path("name").asString(""));
        } else if (!node.isMissingNode() && !node.isNull()) {
            values.add(node.asString(""));
        }
        return values;
    }
}
