package com.frameratr.social;

import com.frameratr.platform.paging.PageParams;
import com.frameratr.platform.web.PagedResponses;
import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Follows")
@SecurityRequirement(name = "firebase")
@RestController
@RequestMapping("/api/me/follow-requests")
class FollowRequestController {

    private final FollowService follows;

    FollowRequestController(FollowService follows) {
        this.follows = follows;
    }

    @Operation(
            summary = "Requests to follow me",
            description = "Pending requests to follow my private profile, newest first, keyset-paged.")
    @GetMapping
    ResponseEntity<List<PersonResponse>> requests(
            @Parameter(hidden = true) CurrentUser user, @ParameterObject PageParams paging) {
        return PagedResponses.ok(follows.requests(user, paging.toCursorRequest("follow requests")));
    }

    @Operation(
            summary = "Approve a follow request",
            description = "The requester now follows me. Idempotent (approving an approved follower is a no-op);"
                    + " 404 when @handle neither asked nor follows.")
    @PostMapping("/{handle}/approve")
    Map<String, Boolean> approve(@Parameter(hidden = true) CurrentUser user, @PathVariable String handle) {
        follows.approve(user, handle);
        return Map.of("ok", true);
    }

    @Operation(summary = "Deny a follow request", description = "The request is deleted. Idempotent.")
    @PostMapping("/{handle}/deny")
    Map<String, Boolean> deny(@Parameter(hidden = true) CurrentUser user, @PathVariable String handle) {
        follows.deny(user, handle);
        return Map.of("ok", true);
    }
}
