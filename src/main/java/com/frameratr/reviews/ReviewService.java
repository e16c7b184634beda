package com.frameratr.reviews;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleCard;
import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.paging.Page;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.social.Visibility;
import com.frameratr.users.Author;
import com.frameratr.users.Member;
import com.frameratr.users.Users;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Reading others' reviews: a title's listing and a profile's, both privacy-checked by social. */
@Service
class ReviewService {

    // reviews reference their author, so this shows only for an account deleted while the page was read
    private static final Author UNKNOWN_AUTHOR = new Author("deleted", null);

    private final ReviewRepository repository;
    private final TitleReviewRepository titleReviews;
    private final ReviewLikeRepository likes;
    private final Catalog catalog;
    private final Users users;
    private final Visibility visibility;

    ReviewService(
            ReviewRepository repository,
            TitleReviewRepository titleReviews,
            ReviewLikeRepository likes,
            Catalog catalog,
            Users users,
            Visibility visibility) {
        this.repository = repository;
        this.titleReviews = titleReviews;
        this.likes = likes;
        this.catalog = catalog;
        this.users = users;
        this.visibility = visibility;
    }

    /**
     * The title's reviews the viewer may see, in the order, each with its author's display name and
     * rating of the title. The total is the title's review count (V3), the hidden ones included: one
     * row read, where counting the visible ones would read all of a popular title's reviews. No
     * transaction: each read is one statement, as with any paged list.
     */
    Page<TitleReviewResponse> listForTitle(
            TitleKind kind, int id, ReviewSort sort, @Nullable String viewerUid, PageRequest page) {
        List<Review> reviews = titleReviews.page(kind, id, sort, viewerUid, page);
        if (reviews.isEmpty()) {
            // reviews reference their title, so only an empty page leaves the title in doubt
            catalog.requireExists(kind, id);
        }
        Map<String, Author> names =
                users.authors(reviews.stream().map(Review::uid).collect(Collectors.toSet()));
        Set<Long> liked = likedBy(viewerUid, reviews);
        List<TitleReviewResponse> items = reviews.stream()
                .map(review -> {
                    Author author = names.getOrDefault(review.uid(), UNKNOWN_AUTHOR);
                    return new TitleReviewResponse(
                            review.id(),
                            review.body(),
                            review.spoiler(),
                            review.createdAt(),
                            review.updatedAt(),
                            author.displayName(),
                            author.handle(),
                            review.authorRating(),
                            review.likeCount(),
                            review.commentCount(),
                            liked.contains(review.id()));
                })
                .toList();
        // not Page.total: a short page ends the viewer's list, not the title's count of reviews
        long total = repository.countForTitle(kind, id);
        String next = new Page<>(reviews, total, page)
                .withNextCursor(review -> TitleReviewRepository.cursorOf(sort, review))
                .nextCursor();
        return new Page<>(items, total, page, next);
    }

    /**
     * A profile's reviews, newest first: 404 for an unknown handle or an owner who blocks the
     * viewer, 403 {@code private-profile} for a private one the viewer does not follow.
     */
    Page<UserReviewResponse> listForUser(String handle, @Nullable String viewerUid, PageRequest page) {
        Member owner = users.byHandle(handle).orElseThrow(() -> Visibility.noSuchUser(handle));
        visibility.requireContent(viewerUid, owner);
        List<Review> reviews = repository.pageForUser(owner.uid(), page);
        Map<TitleRef, TitleCard> titles =
                catalog.cards(reviews.stream().map(Review::title).toList());
        Set<Long> liked = likedBy(viewerUid, reviews);
        return new Page<>(reviews, Page.total(reviews, page, () -> repository.countForUser(owner.uid())), page)
                .withNextCursor(ReviewRepository::cursorOf)
                .map(review -> UserReviewResponse.of(review, titles, liked));
    }

    private Set<Long> likedBy(@Nullable String viewerUid, List<Review> reviews) {
        return viewerUid == null
                ? Set.of()
                : likes.likedAmong(viewerUid, reviews.stream().map(Review::id).toList());
    }
}
