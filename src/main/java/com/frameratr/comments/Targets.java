package com.frameratr.comments;

import com.frameratr.lists.ListRef;
import com.frameratr.lists.Lists;
import com.frameratr.platform.problems.NotFoundException;
import com.frameratr.reviews.ReviewRef;
import com.frameratr.reviews.Reviews;
import com.frameratr.social.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a comment or report is under, as the viewer may see it: a review whose author they may see
 * (social.Visibility), a list they may read as its page (lists.Lists). Anything else is the 404 of
 * an unknown id.
 */
@Component
class Targets {

    /** The review or list, its owner and its count of comments. */
    record Target(CommentTarget kind, long id, String ownerUid, int commentCount) {}

    private final Reviews reviews;
    private final Lists lists;
    private final Visibility visibility;

    Targets(Reviews reviews, Lists lists, Visibility visibility) {
        this.reviews = reviews;
        this.lists = lists;
        this.visibility = visibility;
    }

    Target visible(CommentTarget kind, long id, @Nullable String viewerUid) {
        if (kind == CommentTarget.LIST) {
            ListRef list = lists.readable(viewerUid, id);
            return new Target(kind, id, list.ownerUid(), list.commentCount());
        }
        ReviewRef review = reviews.find(id)
                .filter(found -> visibility.canSee(viewerUid, found.authorUid()))
                .orElseThrow(() -> new NotFoundException("No review " + id));
        return new Target(kind, id, review.authorUid(), review.commentCount());
    }
}
