package com.frameratr.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

@TestConfiguration(proxyBeanMethods = false)
class TestClientConfig {

    @Bean
    Api api(Environment environment) {
        return new Api(() -> Integer.parseInt(environment.getRequiredProperty("local.server.port")));
    }
}
