package com.frameratr.lists;

import com.frameratr.platform.limits.UserLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limits of lists, as beans: {@code GET /api/me/limits} collects every UserLimit. */
@Configuration(proxyBeanMethods = false)
class ListLimits {

    /** Bean names, for the services' qualifiers. */
    static final String LISTS_PER_USER = "listsPerUser";

    static final String ENTRIES_PER_LIST = "entriesPerList";

    @Bean(LISTS_PER_USER)
    UserLimit listsPerUser(ListLimitProperties properties) {
        return new UserLimit("lists_per_user", properties.listsPerUser(), "the lists a user may have");
    }

    @Bean(ENTRIES_PER_LIST)
    UserLimit entriesPerList(ListLimitProperties properties) {
        return new UserLimit("entries_per_list", properties.entriesPerList(), "the entries a list may have");
    }
}
