package com.frameratr.platform.jdbc;

import com.frameratr.platform.PlatformProperties;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pool's connections bound the reads of a request in time; the JdbcClients over it. */
@Configuration(proxyBeanMethods = false)
class JdbcConfig {

    /**
     * Wraps the one pool, so that the transaction manager, every template, Flyway and the jobs share
     * the same {@link ReadTimeoutDataSource} (a transaction's connection is found by that object).
     */
    @Bean
    static BeanPostProcessor readTimeoutDataSource(ObjectProvider<PlatformProperties> properties) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ReadTimeoutDataSource)) {
                    return new ReadTimeoutDataSource(
                            dataSource, properties.getObject().readStatementTimeout());
                }
                return bean;
            }
        };
    }

    /** The client every repository gets (Boot's own backs off once {@link #customPlanJdbcClient} exists). */
    @Bean
    @Primary
    JdbcClient jdbcClient(NamedParameterJdbcTemplate template) {
        return JdbcClient.create(template);
    }

    @Bean
    @CustomPlans
    JdbcClient customPlanJdbcClient(DataSource dataSource) {
        return JdbcClient.create(new CustomPlanJdbcTemplate(dataSource));
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
