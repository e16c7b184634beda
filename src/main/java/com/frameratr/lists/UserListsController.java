package com.frameratr.lists;

import com.frameratr.social.Visibility;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Member;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Lists")
@RestController
class UserListsController {

    private final ListService lists;
    private final Visibility visibility;

    UserListsController(ListService lists, Visibility visibility) {
        this.lists = lists;
        this.visibility = visibility;
    }

    @Operation(
            summary = "A user's lists",
            description = "The shape of /api/lists/mine, newest first: to its owner all lists, to anyone else the"
                    + " public ones (an unlisted list is read by its link only). A private profile's lists are its"
                    + " approved followers' to read (403 `private-profile` otherwise); 404 for an unknown handle and"
                    + " for a user who blocks you.")
    @SecurityRequirement(name = "firebase")
    @GetMapping("/api/users/{handle}/lists")
    List<ListController.ListResponse> ofUser(
            @Parameter(hidden = true) Optional<CurrentUser> viewer, @PathVariable String handle) {
        String viewerUid = viewer.map(CurrentUser::uid).orElse(null);
        Member owner = visibility.contentOwner(viewerUid, handle);
        return lists.ofUser(owner.uid(), viewerUid).stream()
                .map(ListController.ListResponse::from)
                .toList();
    }
}
