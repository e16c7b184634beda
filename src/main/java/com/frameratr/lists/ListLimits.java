package com.frameratr.lists;

import com.frameratr.platform.limits.UserLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limits of lists, as beans: {@code GET /api/me/limits} collects every UserLimit. */
@Configuration(proxyBeanMethods = false)
class ListLimits {

    /** Bean names, for the services' qualifiers. */
    static final String LISTS_PER_USER = "listsPerUser";

    @Bean(LISTS_PER_USER)
    UserLimit listsPerUser(ListLimitProperties properties) {
        return new UserLimit("lists_per_user", properties.listsPerUser(), "the lists a user may have");
    }
}
