package com.frameratr.infra;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code *.tf} files of one Terraform directory, parsed with hcl4j and merged. hcl4j is a
 * loose parser: numbers come back as {@code Double}, one block as a {@code Map} but repeated blocks
 * as a {@code List}, references as symbols whose {@code toString()} is the reference text (an index
 * {@code [0]} reads {@code .value}), string templates lose their {@code ${}}, and function calls
 * ({@code tostring(...)}, {@code concat(...)}) come back as {@code null}. The helpers here hide
 * those shapes from the rules.
 */
final class TerraformStack {

    private static final Pattern VARIABLE = Pattern.compile("var\\.([A-Za-z0-9_]+)");
    private static final Pattern LOCAL = Pattern.compile("local\\.([A-Za-z0-9_]+)");

    private final Map<String, Map<String, Map<String, Object>>> resources = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, Object>>> dataSources = new LinkedHashMap<>();
    private final Map<String, Object> variableDefaults = new LinkedHashMap<>();
    private final Map<String, Object> locals = new LinkedHashMap<>();

    private TerraformStack() {}

    static TerraformStack load(Path directory) {
        TerraformStack stack = new TerraformStack();
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> tfFiles = files.filter(file -> file.toString().endsWith(".tf"))
                    .sorted()
                    .toList();
            if (tfFiles.isEmpty()) {
                throw new IllegalStateException("no *.tf files in " + directory.toAbsolutePath());
            }
            for (Path file : tfFiles) {
                stack.add(file, new HCLParser().parse(Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse Terraform in " + directory + ": " + e.getMessage(), e);
        }
        return stack;
    }

    private void add(Path file, Map<String, Object> parsed) {
        collect(file, "resource", parsed.get("resource"), resources);
        collect(file, "data", parsed.get("data"), dataSources);
        // One locals block is a Map, several in one file a List.
        blocks(parsed.get("locals"))
                .forEach(block -> block.forEach((name, value) -> {
                    if (locals.put(name, value) != null) {
                        throw new IllegalStateException(
                                "local." + name + " declared twice (" + file.getFileName() + ")");
                    }
                }));
        asMap(parsed.get("variable")).forEach((name, body) -> {
            Map<String, Object> definition = asMap(body);
            if (definition.containsKey("default")) {
                variableDefaults.put(name, definition.get("default"));
            }
        });
    }

    private static void collect(
            Path file, String kind, Object blocks, Map<String, Map<String, Map<String, Object>>> into) {
        asMap(blocks)
                .forEach((type, named) -> asMap(named)
                        .forEach((name, body) -> into.computeIfAbsent(type, t -> new LinkedHashMap<>())
                                .merge(name, asMap(body), (a, b) -> {
                                    throw new IllegalStateException(kind + " " + type + "." + name + " declared twice ("
                                            + file.getFileName() + ")");
                                })));
    }

    /** Resources of one type by their Terraform name, in file order. */
    Map<String, Map<String, Object>> resources(String type) {
        return resources.getOrDefault(type, Map.of());
    }

    /** Data sources of one type by their Terraform name, in file order. */
    Map<String, Map<String, Object>> dataSources(String type) {
        return dataSources.getOrDefault(type, Map.of());
    }

    /** A local value as written (resolved like {@link #resolve}), or empty when no such local exists. */
    Optional<Object> local(String name) {
        return Optional.ofNullable(locals.get(name)).map(this::resolve);
    }

    /**
     * A literal value, or the default of the variable (or the value of the local) that {@code value}
     * is a bare reference to.
     */
    Object resolve(Object value) {
        if (value == null || value instanceof Map || value instanceof List) {
            return value;
        }
        String text = value.toString().trim();
        Matcher variable = VARIABLE.matcher(text);
        if (variable.matches() && variableDefaults.containsKey(variable.group(1))) {
            return variableDefaults.get(variable.group(1));
        }
        Matcher local = LOCAL.matcher(text);
        if (local.matches() && locals.containsKey(local.group(1))) {
            return resolve(locals.get(local.group(1)));
        }
        return value;
    }

    /** An attribute, resolved, as an integer if it is a whole number (hcl4j reads 30 as 30.0). */
    Optional<Integer> integer(Object value) {
        Object resolved = resolve(value);
        if (resolved instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return Optional.of(number.intValue());
        }
        if (resolved instanceof String text && text.trim().matches("\\d+")) {
            return Optional.of(Integer.valueOf(text.trim()));
        }
        return Optional.empty();
    }

    /** The text of a value: literals as they are, references as written ({@code aws_security_group.alb.id}). */
    String text(Object value) {
        Object resolved = resolve(value);
        return resolved == null ? "" : resolved.toString();
    }

    /** A nested block or blocks as a list, whatever shape hcl4j gave them. */
    static List<Map<String, Object>> blocks(Object value) {
        if (value instanceof Map<?, ?>) {
            return List.of(asMap(value));
        }
        if (value instanceof List<?> list) {
            return list.stream()
                    .filter(Map.class::isInstance)
                    .map(TerraformStack::asMap)
                    .toList();
        }
        return List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
