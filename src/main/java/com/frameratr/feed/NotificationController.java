package com.frameratr.feed;

import com.frameratr.platform.paging.PageParams;
import com.frameratr.platform.web.PagedResponses;
import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Notifications", description = "What others did to you and your reviews, lists and comments")
@SecurityRequirement(name = "firebase")
@RestController
@RequestMapping("/api/me/notifications")
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Operation(
            summary = "Your notifications",
            description = "Newest first: `followed`, `follow_requested`, `review_liked`, `list_liked`,"
                    + " `review_commented`, `list_commented`, `comment_replied`, each with the `actor`'s card,"
                    + " `at`, `read` and the `review_id` / `list_id` / `comment_id` it is about. Never for your"
                    + " own actions, never from a user you block or who blocks you; an unlike, unfollow or"
                    + " deleted comment takes its notification back. Keyset-paged by `cursor`"
                    + " (`Link: rel=\"next\"`), no `X-Total-Count`; the unread count is `unread_count` of"
                    + " `GET /api/me`.")
    @GetMapping
    ResponseEntity<List<NotificationResponse>> notifications(
            @Parameter(hidden = true) CurrentUser user, @ParameterObject PageParams paging) {
        return PagedResponses.withoutTotal(notifications.page(user, paging.toCursorRequest("notifications")));
    }

    @Operation(
            summary = "Mark notifications read",
            description = "`{\"up_to\": id}` marks every notification with that id or a lower one read (the"
                    + " newest one seen, so one that arrived meanwhile stays unread). Idempotent: `{\"ok\": true}`.")
    @PostMapping("/read")
    Map<String, Boolean> markRead(
            @Parameter(hidden = true) CurrentUser user, @Valid @RequestBody MarkReadRequest body) {
        notifications.markRead(user, body.upTo());
        return Map.of("ok", true);
    }
}
