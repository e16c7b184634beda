package com.frameratr.diary;

import com.frameratr.platform.limits.UserLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The diary's limit, stated in {@code GET /api/me/limits}. */
@Configuration(proxyBeanMethods = false)
class DiaryLimits {

    static final String ENTRIES_PER_DAY = "diaryEntriesPerDay";

    /** Viewings of one date: far above a film festival day, low enough that no client fills a diary by script. */
    @Bean(ENTRIES_PER_DAY)
    UserLimit diaryEntriesPerDay(@Value("${frameratr.limits.diary-entries-per-day:50}") int max) {
        return new UserLimit("diary_entries_per_day", max, "diary entries with the same watched_on date");
    }
}
