package com.frameratr.platform;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The JdbcTemplate behind every JdbcClient: reads of a request are bounded in time. */
@Configuration(proxyBeanMethods = false)
class JdbcConfig {

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource, PlatformProperties properties) {
        return new ReadTimeoutJdbcTemplate(dataSource, properties.readStatementTimeout());
    }
}
