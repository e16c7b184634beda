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
import java.util.Optional;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Follows", description = "Following users, and who follows whom")
@SecurityRequirement(name = "firebase")
@RestController
@RequestMapping("/api/users/{handle}")
class FollowController {

    private final FollowService follows;

    FollowController(FollowService follows) {
        this.follows = follows;
    }

    record FollowResponse(FollowStatus status) {}

    @Operation(
            summary = "Follow a user",
            description = "A public profile is followed at once (`{\"status\": \"following\"}`); a private one gets a"
                    + " request its owner approves or denies (`requested`). Idempotent. 404 for an unknown handle"
                    + " and for a user who blocks you; 409 `blocked` when you block them; 400 for yourself.")
    @PutMapping("/follow")
    FollowResponse follow(@Parameter(hidden = true) CurrentUser user, @PathVariable String handle) {
        return new FollowResponse(follows.follow(user, handle));
    }

    @Operation(summary = "Unfollow a user", description = "Ends the follow or withdraws the request. Idempotent.")
    @DeleteMapping("/follow")
    Map<String, Boolean> unfollow(@Parameter(hidden = true) CurrentUser user, @PathVariable String handle) {
        follows.unfollow(user, handle);
        return Map.of("ok", true);
    }

    @Operation(
            summary = "A user's followers",
            description = "Approved followers, newest first: `handle`, `display_name`, `photo_url`, `privacy`,"
                    + " `since`. Keyset-paged (`cursor`, `Link: rel=\"next\"`); `X-Total-Count` is the follower count."
                    + " A private profile's lists are its approved followers' to read (403 `private-profile`"
                    + " otherwise); users blocked either way by the viewer are left out.")
    @GetMapping("/followers")
    ResponseEntity<List<PersonResponse>> followers(
            @Parameter(hidden = true) Optional<CurrentUser> viewer,
            @PathVariable String handle,
            @ParameterObject PageParams paging) {
        return PagedResponses.ok(follows.followers(
                viewer.map(CurrentUser::uid).orElse(null), handle, paging.toCursorRequest("followers")));
    }

    @Operation(
            summary = "Whom a user follows",
            description = "Newest follow first, shaped and checked as the followers.")
    @GetMapping("/following")
    ResponseEntity<List<PersonResponse>> following(
            @Parameter(hidden = true) Optional<CurrentUser> viewer,
            @PathVariable String handle,
            @ParameterObject PageParams paging) {
        return PagedResponses.ok(follows.following(
                viewer.map(CurrentUser::uid).orElse(null), handle, paging.toCursorRequest("following")));
    }
}
