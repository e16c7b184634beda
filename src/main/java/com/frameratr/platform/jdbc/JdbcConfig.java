package com.frameratr.platform.jdbc;

import com.frameratr.platform.PlatformProperties;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The JdbcTemplate behind every JdbcClient: reads of a request are bounded in time. */
@Configuration(proxyBeanMethods = false)
class JdbcConfig {

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource, PlatformProperties properties) {
        return new ReadTimeoutJdbcTemplate(dataSource, properties.readStatementTimeout(), false);
    }

    /** The client every repository gets (Boot's own backs off once {@link #customPlanJdbcClient} exists). */
    @Bean
    @Primary
    JdbcClient jdbcClient(NamedParameterJdbcTemplate template) {
        return JdbcClient.create(template);
    }

    @Bean
    @CustomPlans
    JdbcClient customPlanJdbcClient(DataSource dataSource, PlatformProperties properties) {
        return JdbcClient.create(new ReadTimeoutJdbcTemplate(dataSource, properties.readStatementTimeout(), true));
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
