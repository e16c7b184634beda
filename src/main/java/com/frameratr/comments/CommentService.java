package com.frameratr.comments;

import com.frameratr.comments.CommentRepository.UnderReview;
import com.frameratr.comments.Targets.Target;
import com.frameratr.platform.paging.Page;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.platform.problems.NotFoundException;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Member;
import com.frameratr.users.Users;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Conversations under reviews and lists: anyone who may see the target reads and writes there; an
 * author edits their comment; the author or the target's owner deletes it. Everyone else is
 * answered 404, as for an unknown id.
 */
@Service
class CommentService {

    private final CommentRepository comments;
    private final Targets targets;
    private final Users users;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    CommentService(
            CommentRepository comments,
            Targets targets,
            Users users,
            TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.comments = comments;
        this.targets = targets;
        this.users = users;
        this.transactions = transactions;
        this.events = events;
    }

    /**
     * Thread after thread, oldest first, each top-level comment followed by its replies; the total
     * is the target's comment count (V16), comments hidden from this viewer by a block included.
     */
    Page<CommentResponse> list(CommentTarget kind, long id, @Nullable String viewerUid, PageRequest page) {
        Target target = targets.visible(kind, id, viewerUid);
        List<Comment> found = comments.page(kind, id, viewerUid, page.after(), page.limit());
        Map<String, Member> authors =
                users.members(found.stream().map(Comment::uid).collect(Collectors.toSet()));
        return new Page<>(found, target.commentCount(), page)
                .withNextCursor(CommentRepository::cursorOf)
                .map(comment -> CommentResponse.of(comment, authors.get(comment.uid())));
    }

    /** A reply to a reply attaches to its top-level comment. Publishes {@link CommentPosted}. */
    CommentResponse post(CurrentUser user, CommentTarget kind, long id, String body, @Nullable Long parentId) {
        Comment posted = Objects.requireNonNull(transactions.execute(status -> kind == CommentTarget.REVIEW
                ? postUnderReview(user, id, body.strip(), parentId)
                : postUnderList(user, id, body.strip(), parentId)));
        return present(posted);
    }

    private Comment postUnderReview(CurrentUser user, long id, String body, @Nullable Long parentId) {
        UnderReview found = comments.insertUnderVisibleReview(id, user, parentId, body)
                .orElseThrow(() -> new NotFoundException("No review " + id));
        Comment comment = found.comment();
        if (comment == null) {
            throw noSuchParent(parentId, CommentTarget.REVIEW);
        }
        events.publishEvent(new CommentPosted(
                comment.id(),
                user.uid(),
                CommentTarget.REVIEW,
                id,
                found.reviewAuthorUid(),
                comment.parentId(),
                found.topAuthorUid()));
        return comment;
    }

    private Comment postUnderList(CurrentUser user, long id, String body, @Nullable Long parentId) {
        Target target = targets.visible(CommentTarget.LIST, id, user.uid());
        // only after the check, in its transaction: a refused comment leaves no user row behind
        users.ensureExists(user);
        Comment top = parentId == null ? null : topOf(parentId, CommentTarget.LIST, id);
        Comment comment = comments.insert(CommentTarget.LIST, id, user.uid(), top == null ? null : top.id(), body);
        events.publishEvent(new CommentPosted(
                comment.id(),
                user.uid(),
                CommentTarget.LIST,
                id,
                target.ownerUid(),
                top == null ? null : top.id(),
                top == null ? null : top.uid()));
        return comment;
    }

    /** Only the author; anyone else gets 404. */
    CommentResponse edit(CurrentUser user, long commentId, String body) {
        Comment edited = comments.updateOwn(commentId, user.uid(), body.strip()).orElseThrow(() -> notFound(commentId));
        return present(edited);
    }

    /** The author, or the owner of the review or list it is under; anyone else gets 404. */
    void delete(CurrentUser user, long commentId) {
        transactions.executeWithoutResult(status -> {
            Comment comment = comments.find(commentId).orElseThrow(() -> notFound(commentId));
            if (!comment.uid().equals(user.uid()) && !ownsTarget(user, comment)) {
                throw notFound(commentId);
            }
            if (comments.delete(commentId)) {
                events.publishEvent(new CommentDeleted(commentId));
            }
        });
    }

    private boolean ownsTarget(CurrentUser user, Comment comment) {
        try {
            return targets.visible(comment.target(), comment.targetId(), user.uid())
                    .ownerUid()
                    .equals(user.uid());
        } catch (NotFoundException hidden) {
            return false;
        }
    }

    /** The top-level comment of the thread the parent is in, under the same target; else 404. */
    private Comment topOf(long parentId, CommentTarget kind, long id) {
        Comment parent = comments.find(parentId)
                .filter(found -> found.target() == kind && found.targetId() == id)
                .orElseThrow(() -> noSuchParent(parentId, kind));
        return parent.parentId() == null
                ? parent
                : comments.find(parent.parentId()).orElseThrow(() -> notFound(parentId));
    }

    private CommentResponse present(Comment comment) {
        return CommentResponse.of(comment, users.members(List.of(comment.uid())).get(comment.uid()));
    }

    private static NotFoundException noSuchParent(@Nullable Long parentId, CommentTarget kind) {
        return new NotFoundException("No comment " + parentId + " under this " + name(kind));
    }

    private static String name(CommentTarget kind) {
        return kind == CommentTarget.REVIEW ? "review" : "list";
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("No comment " + id + ", or it is not yours");
    }
}
