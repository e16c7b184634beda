package com.frameratr.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed: only a peer inside
 * {@code TRUSTED_PROXY_CIDRS} (the load balancer's subnets), checked by Tomcat's RemoteIpValve
 * ({@code server.forward-headers-strategy: native}). Without the setting no peer is trusted, so a
 * client cannot claim another address (per-client limits key on it) or claim HTTPS. Each entry must
 * be a CIDR block: the valve would read anything else as a regular expression, and {@code .*} would
 * trust the whole internet.
 */
class TrustedProxies implements EnvironmentPostProcessor {

    static final String VARIABLE = "TRUSTED_PROXY_CIDRS";

    private static final Pattern IPV4_CIDR =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)/(3[0-2]|[12]?\\d)");
    private static final Pattern IPV6_CIDR = Pattern.compile("[0-9a-fA-F:]{2,39}/(12[0-8]|1[01]\\d|\\d?\\d)");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String value = environment.getProperty(VARIABLE, "");
        List<String> blocks = Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(block -> !block.isEmpty())
                .toList();
        for (String block : blocks) {
            if (!IPV4_CIDR.matcher(block).matches() && !IPV6_CIDR.matcher(block).matches()) {
                throw new InvalidConfigurationPropertyValueException(
                        VARIABLE, value, "'" + block + "' is not a CIDR block such as 10.0.1.0/24");
            }
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "frameratrTrustedProxies",
                        Map.of(
                                "server.forward-headers-strategy", "native",
                                "server.tomcat.remoteip.internal-proxies", String.join(",", blocks),
                                "server.tomcat.remoteip.trusted-proxies", "")));
    }
}
