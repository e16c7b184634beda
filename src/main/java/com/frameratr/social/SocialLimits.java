package com.frameratr.social;

import com.frameratr.platform.limits.UserLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The social graph's limits, stated in {@code GET /api/me/limits}. */
@Configuration(proxyBeanMethods = false)
class SocialLimits {

    static final String FOLLOWS_PER_USER = "followsPerUser";

    /**
     * Bounds the edges one account can write (a follow bot, a request flood to private profiles);
     * Twitter's long-standing cap is of the same order.
     */
    @Bean(FOLLOWS_PER_USER)
    UserLimit followsPerUser(@Value("${frameratr.limits.follows-per-user:5000}") int max) {
        return new UserLimit("follows_per_user", max, "users followed or asked to follow");
    }
}
