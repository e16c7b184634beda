package com.frameratr.recommendations;

import com.frameratr.platform.limits.UserLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The recommendations' limits, stated in {@code GET /api/me/limits}. */
@Configuration(proxyBeanMethods = false)
class RecommendationLimits {

    static final String HIDDEN_TITLES = "hiddenTitles";

    @Bean(HIDDEN_TITLES)
    UserLimit hiddenTitles(@Value("${frameratr.limits.hidden-titles:10000}") int max) {
        return new UserLimit("hidden_titles", max, "titles hidden from recommendations");
    }
}
