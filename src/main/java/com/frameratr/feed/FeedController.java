package com.frameratr.feed;

import com.frameratr.platform.paging.PageParams;
import com.frameratr.platform.web.PagedResponses;
import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Feed", description = "What the people you follow did")
@SecurityRequirement(name = "firebase")
@RestController
class FeedController {

    private final FeedService feed;

    FeedController(FeedService feed) {
        this.feed = feed;
    }

    @Operation(
            summary = "The activity feed",
            description = "What the users you follow (approved follows) did since you followed them, and the latest 100"
                    + " activities of each from before, newest first:"
                    + " `logged` a viewing (`title`, `rating_val`), `reviewed` (`title`, `review`), `liked_review`"
                    + " (`title`, `review`, its author as `user`), `created_list` / `updated_list` (`list`),"
                    + " `followed` (`user`). Checked when read: a liked review whose author you may not see, a"
                    + " list that is no longer public and a followed user blocked either way are left out."
                    + " Keyset-paged by `cursor` (`Link: rel=\"next\"`), no `X-Total-Count`; `page` other than"
                    + " 1 is a 400. An item is there as soon as its fact has committed.")
    @GetMapping("/api/feed")
    ResponseEntity<List<FeedItemResponse>> feed(
            @Parameter(hidden = true) CurrentUser user, @ParameterObject PageParams paging) {
        return PagedResponses.withoutTotal(feed.page(user, paging.toCursorRequest("the feed")));
    }
}
