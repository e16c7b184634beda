package com.frameratr.comments;

import com.frameratr.platform.problems.InvalidInputException;
import com.frameratr.platform.problems.NotFoundException;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Users;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Reports of what a user may see: one per user and item (a repeat returns the first), never hiding
 * the item; an operator reads them (docs/operations.md).
 */
@Service
class ReportService {

    /** The report and whether this call made it. */
    record Filed(Report report, boolean created) {}

    private final ReportRepository reports;
    private final CommentRepository comments;
    private final Targets targets;
    private final Users users;

    ReportService(ReportRepository reports, CommentRepository comments, Targets targets, Users users) {
        this.reports = reports;
        this.comments = comments;
        this.targets = targets;
        this.users = users;
    }

    Filed report(
            CurrentUser user, @Nullable Long reviewId, @Nullable Long commentId, @Nullable Long listId, String reason) {
        if (Stream.of(reviewId, commentId, listId).filter(id -> id != null).count() != 1) {
            throw new InvalidInputException("review_id", "give exactly one of review_id, comment_id and list_id");
        }
        if (reviewId != null) {
            targets.visible(CommentTarget.REVIEW, reviewId, user.uid());
        } else if (listId != null) {
            targets.visible(CommentTarget.LIST, listId, user.uid());
        } else {
            Comment comment =
                    comments.find(commentId).orElseThrow(() -> new NotFoundException("No comment " + commentId));
            try {
                targets.visible(comment.target(), comment.targetId(), user.uid());
            } catch (NotFoundException hidden) {
                throw new NotFoundException("No comment " + commentId);
            }
        }
        users.ensureExists(user);
        return reports.insert(user.uid(), reviewId, commentId, listId, reason.strip())
                .map(report -> new Filed(report, true))
                .or(() -> reports.find(user.uid(), reviewId, commentId, listId).map(report -> new Filed(report, false)))
                .orElseThrow(() -> new NotFoundException("The reported item is gone"));
    }
}
