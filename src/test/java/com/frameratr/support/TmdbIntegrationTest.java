package com.frameratr.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link IntegrationTest} with TMDb configured and pointed at the shared {@link FakeTmdb}: a short
 * rate-limit interval, short timeouts and retries, so that error paths take well under a second or two.
 * All classes with this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ExtendWith(FakeTmdbExtension.class)
@TestPropertySource(
        properties = {
            "frameratr.tmdb.base-url=${fake-tmdb.base-url}",
            "frameratr.tmdb.token=" + FakeTmdb.TOKEN,
            "frameratr.tmdb.sleep-sec=0.02",
            "frameratr.tmdb.connect-timeout=500ms",
            "frameratr.tmdb.read-timeout=400ms",
            "frameratr.tmdb.max-attempts=3",
            "frameratr.tmdb.retry-budget=3s",
            "frameratr.tmdb.retry-backoff=20ms",
            "frameratr.tmdb.max-queue-wait=5s"
        })
public @interface TmdbIntegrationTest {}
