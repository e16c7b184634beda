package com.frameratr.lists;

import com.frameratr.catalog.TitleRef;
import org.springframework.stereotype.Component;

/** What other features may ask of lists. */
@Component
public class Lists {

    private final PublicListRepository publicLists;

    Lists(PublicListRepository publicLists) {
        this.publicLists = publicLists;
    }

    /**
     * How many public lists contain the title (the title page's {@code list_count}): one primary-key
     * read, kept exact by the database as entries come and go, lists become public or stop being
     * public, and lists or accounts are deleted.
     */
    public int publicListCount(TitleRef title) {
        return publicLists.listCount(title);
    }
}
