package com.frameratr.feed;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleCard;
import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.paging.Cursor;
import com.frameratr.platform.paging.Page;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.platform.paging.Timestamps;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Member;
import com.frameratr.users.Users;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's feed: what the people they follow did, newest first, keyset-paged. */
@Service
class FeedService {

    private static final OffsetDateTime END_OF_TIME = Timestamps.fromMicros(253_402_300_799_999_999L);

    private final FeedRepository feed;
    private final Users users;
    private final Catalog catalog;

    FeedService(FeedRepository feed, Users users, Catalog catalog) {
        this.feed = feed;
        this.users = users;
        this.catalog = catalog;
    }

    // one transaction: the plan setting of FeedRepository.page ends with it
    @Transactional(readOnly = true)
    Page<FeedItemResponse> page(CurrentUser viewer, PageRequest page) {
        Position after = Position.of(page);
        List<FeedRow> rows = feed.page(viewer.uid(), after.at(), after.id(), page.limit());
        Set<String> uids = new HashSet<>();
        rows.forEach(row -> {
            uids.add(row.actorUid());
            if (row.otherUid() != null) {
                uids.add(row.otherUid());
            }
        });
        Map<String, Member> members = users.members(uids);
        Map<TitleRef, TitleCard> cards = catalog.cards(
                rows.stream().map(FeedService::titleOf).filter(Objects::nonNull).toList());
        Page<FeedRow> read = new Page<>(rows, rows.size(), page)
                .withNextCursor(row -> Cursor.encode(Timestamps.toMicros(row.at()), row.id()));
        // an actor deleted between the reads is left out; the cursor still continues after the row
        List<FeedItemResponse> items = rows.stream()
                .filter(row -> members.containsKey(row.actorUid()))
                .map(row -> item(row, members, cards))
                .toList();
        return new Page<>(items, items.size(), page, read.nextCursor());
    }

    /** Where a page starts: before the cursor's (at, id), or at the newest activity. */
    private record Position(OffsetDateTime at, long id) {

        static Position of(PageRequest page) {
            String after = page.after();
            if (after == null) {
                return new Position(END_OF_TIME, Long.MAX_VALUE);
            }
            List<String> parts = Cursor.decode(after, 2);
            return new Position(Timestamps.fromMicros(Cursor.longPart(parts.get(0))), Cursor.longPart(parts.get(1)));
        }
    }

    private static @Nullable TitleRef titleOf(FeedRow row) {
        return row.kind() == null || row.titleId() == null
                ? null
                : new TitleRef(TitleKind.ofCode(row.kind()), row.titleId());
    }

    private static FeedItemResponse item(FeedRow row, Map<String, Member> members, Map<TitleRef, TitleCard> cards) {
        TitleRef title = titleOf(row);
        Member other = row.otherUid() == null ? null : members.get(row.otherUid());
        FeedItemResponse.ReviewItem review = row.reviewId() == null || row.reviewExcerpt() == null
                ? null
                : new FeedItemResponse.ReviewItem(
                        row.reviewId(),
                        row.reviewExcerpt(),
                        Boolean.TRUE.equals(row.reviewSpoiler()),
                        row.reviewRating());
        FeedItemResponse.ListItem list = row.listId() == null || row.listName() == null
                ? null
                : new FeedItemResponse.ListItem(row.listId(), row.listName());
        return new FeedItemResponse(
                row.id(),
                row.type(),
                PersonCard.of(members.get(row.actorUid())),
                row.at(),
                title == null ? null : cards.get(title),
                review,
                list,
                row.ratingVal(),
                other == null ? null : PersonCard.of(other));
    }
}
