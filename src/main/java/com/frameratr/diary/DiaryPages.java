package com.frameratr.diary;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleCard;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.paging.Page;
import com.frameratr.platform.paging.PageRequest;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Pages of a user's diary, newest viewing first, each entry with its title's card. */
@Service
class DiaryPages {

    private final DiaryRepository repository;
    private final Catalog catalog;

    DiaryPages(DiaryRepository repository, Catalog catalog) {
        this.repository = repository;
        this.catalog = catalog;
    }

    /** A page by cursor (an empty cursor starts at the newest entry); the query carries where it ends. */
    Page<DiaryEntryResponse> page(DiaryQuery query, PageRequest page) {
        List<DiaryEntry> entries = repository.page(query, page.limit());
        Map<TitleRef, TitleCard> cards =
                catalog.cards(entries.stream().map(DiaryEntry::title).toList());
        return new Page<>(entries, repository.count(query), page)
                .withNextCursor(DiaryRepository::cursorOf)
                .map(entry -> DiaryEntryResponse.from(entry, cards.get(entry.title())));
    }
}
