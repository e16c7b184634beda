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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Blocks", description = "Blocking users")
@SecurityRequirement(name = "firebase")
@RestController
class BlockController {

    private final BlockService blocks;

    BlockController(BlockService blocks) {
        this.blocks = blocks;
    }

    @Operation(
            summary = "Block a user",
            description = "The blocked user can no longer follow me, like or comment on what I made, or see my"
                    + " profile, reviews, lists or activity (404, as if I did not exist); our follows either way end;"
                    + " I no longer see their reviews in listings. Idempotent; 400 for yourself.")
    @PutMapping("/api/users/{handle}/block")
    Map<String, Boolean> block(@Parameter(hidden = true) CurrentUser user, @PathVariable String handle) {
        blocks.block(user, handle);
        return Map.of("ok", true);
    }

    @Operation(summary = "Unblock a user", description = "Idempotent; ended follows are not restored.")
    @DeleteMapping("/api/users/{handle}/block")
    Map<String, Boolean> unblock(@Parameter(hidden = true) CurrentUser user, @PathVariable String handle) {
        blocks.unblock(user, handle);
        return Map.of("ok", true);
    }

    @Operation(summary = "Users I block", description = "Newest block first, keyset-paged.")
    @GetMapping("/api/me/blocks")
    ResponseEntity<List<PersonResponse>> blocked(
            @Parameter(hidden = true) CurrentUser user, @ParameterObject PageParams paging) {
        return PagedResponses.ok(blocks.blocked(user, paging.toCursorRequest("blocks")));
    }
}
