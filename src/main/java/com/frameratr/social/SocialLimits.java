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
     * A feed is read by merging the recent activity of everyone one follows, so its cost grows with
     * the number of follows; this bounds it (Twitter's long-standing cap is of the same order).
     */
    @Bean(FOLLOWS_PER_USER)
    UserLimit followsPerUser(@Value("${frameratr.limits.follows-per-user:5000}") int max) {
        return new UserLimit("follows_per_user", max, "users followed or asked to follow");
    }
}
