package com.frameratr.feed;

import com.frameratr.diary.ViewingLogged;
import com.frameratr.diary.ViewingRemoved;
import com.frameratr.lists.ListChanged;
import com.frameratr.reviews.ReviewDeleted;
import com.frameratr.reviews.ReviewWritten;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps one activity row per fact, in the fact's own transaction: plain {@code @EventListener}s run
 * synchronously inside the publisher's transaction, so the row commits or rolls back with the fact
 * and no event publication is stored for them (docs/design.md, decision 16). A review's like is
 * {@link ReviewLikeListeners}' and a follow {@link FollowListeners}' (each with its notification in one
 * statement). Each write is
 * idempotent (a unique index per fact), so hearing of a fact twice never adds a second row.
 */
@Component
@Transactional
class ActivityListeners {

    private final ActivityRepository activities;

    ActivityListeners(ActivityRepository activities) {
        this.activities = activities;
    }

    @EventListener
    void on(ViewingLogged event) {
        activities.logged(event.uid(), event.entryId(), event.title(), event.ratingVal());
    }

    @EventListener
    void on(ViewingRemoved event) {
        activities.removeLogged(event.entryId());
    }

    @EventListener
    void on(ReviewWritten event) {
        activities.reviewed(event.uid(), event.reviewId(), event.title());
    }

    @EventListener
    void on(ReviewDeleted event) {
        activities.removeReviewed(event.reviewId());
    }

    @EventListener
    void on(ListChanged event) {
        if (event.change() == ListChanged.Change.DELETED) {
            activities.removeList(event.listId());
        } else {
            activities.listChangedIfPublic(event.listId());
        }
    }
}
