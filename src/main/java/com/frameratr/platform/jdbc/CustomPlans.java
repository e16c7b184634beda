package com.frameratr.platform.jdbc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The {@code JdbcClient} whose statements PostgreSQL plans for their actual parameters on every
 * execution. The default client lets pgjdbc prepare a statement on the server after five
 * executions, and PostgreSQL may then keep one generic plan for every parameter; for most
 * statements that saves planning, but where the right plan depends on the value (a trigram index
 * can serve {@code LIKE '%ab%'} only when it knows the pattern) the generic plan is a cliff: the
 * catalog search went from 0.1 ms to 6.5 s at {@code large} (bench/PlanCheck.java,
 * docs/performance.md "Plan cliffs"). Statements run through this client are never server-prepared
 * (pgjdbc's prepareThreshold 0), so each is planned with its parameters.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface CustomPlans {}
