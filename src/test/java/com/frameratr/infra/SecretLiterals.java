package com.frameratr.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds secret values written into files: an assignment to a password-, secret-, token- or
 * key-named attribute with a literal (non-empty, not purely {@code ${...}}) value, and well-known
 * credential shapes anywhere (AWS access key ids, JWTs such as TMDb read tokens, private keys,
 * GitHub tokens). Reports file and line, never the value.
 */
final class SecretLiterals {

    private static final Pattern SECRET_ASSIGNMENT = Pattern.compile(
            "(?i)\\b([A-Za-z0-9_-]*(?:password|passwd|secret|token|api_?key|access_?key|private_?key|credential)"
                    + "[A-Za-z0-9_-]*)\"?\\s*[=:]\\s*\"([^\"]*)\"");
    private static final Pattern INTERPOLATION_ONLY = Pattern.compile("(\\$\\{[^}]*})+");
    private static final Pattern NOT_A_VALUE_KEY = Pattern.compile("(?i).*_(arn|id|name)s?");
    private static final List<Pattern> CREDENTIAL_SHAPES = List.of(
            Pattern.compile("\\b(AKIA|ASIA)[A-Z0-9]{16}\\b"),
            Pattern.compile("\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\."),
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{30,}"));

    private SecretLiterals() {}

    static List<String> in(Path root) {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> !root.relativize(file).toString().contains(".terraform/"))
                    .sorted()
                    .forEach(file -> scan(root, file, findings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    private static void scan(Path root, Path file, List<String> findings) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException binary) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String where = root.relativize(file) + ":" + (i + 1);
            Matcher assignment = SECRET_ASSIGNMENT.matcher(lines.get(i));
            while (assignment.find()) {
                String key = assignment.group(1);
                String value = assignment.group(2);
                if (!value.isEmpty()
                        && !INTERPOLATION_ONLY.matcher(value).matches()
                        && !NOT_A_VALUE_KEY.matcher(key).matches()) {
                    findings.add(
                            where + ": literal value for " + key + " (generate it or read it from Secrets Manager)");
                }
            }
            for (Pattern shape : CREDENTIAL_SHAPES) {
                if (shape.matcher(lines.get(i)).find()) {
                    findings.add(where + ": looks like a credential (" + shape.pattern() + ")");
                }
            }
        }
    }
}
