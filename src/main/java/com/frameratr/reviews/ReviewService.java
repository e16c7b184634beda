package com.frameratr.reviews;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleKind;
import com.frameratr.platform.paging.Page;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.ratings.Ratings;
import com.frameratr.users.Author;
import com.frameratr.users.Users;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

@Service
class ReviewService {

    // reviews reference their author, so this shows only for an account deleted while the page was read
    private static final Author UNKNOWN_AUTHOR = new Author("deleted", null);

    private final ReviewRepository repository;
    private final Catalog catalog;
    private final Users users;
    private final Ratings ratings;

    ReviewService(ReviewRepository repository, Catalog catalog, Users users, Ratings ratings) {
        this.repository = repository;
        this.catalog = catalog;
        this.users = users;
        this.ratings = ratings;
    }

    /**
     * Newest first, each with its author's display name and rating of the title (one query each,
     * per page). No transaction: each read is one statement, and a review written meanwhile may
     * show in the page but not yet in the total, as with any paged list.
     */
    Page<TitleReviewResponse> listForTitle(TitleKind kind, int id, PageRequest page) {
        List<Review> reviews = repository.pageForTitle(kind, id, page);
        if (reviews.isEmpty()) {
            // reviews reference their title, so only an empty page leaves the title in doubt
            catalog.requireExists(kind, id);
        }
        Set<String> authors = reviews.stream().map(Review::uid).collect(Collectors.toSet());
        Map<String, Author> names = users.authors(authors);
        Map<String, BigDecimal> values = ratings.ratingsBy(kind, id, authors);
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
                            values.get(review.uid()));
                })
                .toList();
        long total = Page.total(reviews, page, () -> repository.countForTitle(kind, id));
        String next = new Page<>(reviews, total, page)
                .withNextCursor(ReviewRepository::cursorOf)
                .nextCursor();
        return new Page<>(items, total, page, next);
    }
}
