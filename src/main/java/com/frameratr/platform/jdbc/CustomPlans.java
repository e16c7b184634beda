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
 * statements that saves planning, but where the right plan depends on the value the generic plan
 * is a cliff. The catalog search's {@code LIKE '%ab%'}: a common pattern is found fastest by walking
 * the popularity index until the page is full, a rare one through the trigram index; blind to the
 * pattern, the generic plan takes the trigram index and sorts every match, 6.5 s instead of 0.1 ms
 * for {@code ab} at {@code large} (bench/PlanCheck.java, docs/performance.md "Plan cliffs").
 * Statements run through this client are never server-prepared (pgjdbc's prepareThreshold 0), so
 * each is planned with its parameters.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface CustomPlans {}
