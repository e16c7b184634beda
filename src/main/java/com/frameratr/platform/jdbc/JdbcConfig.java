package com.frameratr.platform.jdbc;

import com.frameratr.platform.PlatformProperties;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** The JdbcTemplate behind every JdbcClient: reads of a request are bounded in time. */
@Configuration(proxyBeanMethods = false)
class JdbcConfig {

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource, PlatformProperties properties) {
        return new ReadTimeoutJdbcTemplate(dataSource, properties.readStatementTimeout());
    }

    /** How the log names an external database (the embedded one describes itself). */
    @Bean
    @ConditionalOnExpression("!'${DB_HOST:}'.isBlank()")
    DatabaseDescription externalDatabaseDescription(Environment environment) {
        String description = "PostgreSQL at " + environment.getProperty("DB_HOST") + ":"
                + environment.getProperty("DB_PORT", "5432") + "/" + environment.getProperty("DB_NAME", "frameratr");
        return () -> description;
    }
}
