package com.frameratr.lists;

import com.frameratr.social.Relation;
import com.frameratr.users.Member;
import com.frameratr.users.Users;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may read a list, in one place: its visibility ({@link UserList#readableBy}) and its owner's
 * privacy and blocks (social.Visibility). A public list is readable as its owner's other content is
 * (a private profile's by its approved followers only); an unlisted one by anyone with its link, a
 * private profile's too, but never across a block. Anyone else gets the 404 of an unknown id.
 */
@Component
class ListAccess {

    private final ListRepository lists;
    private final com.frameratr.social.Visibility visibility;
    private final Users users;

    ListAccess(ListRepository lists, com.frameratr.social.Visibility visibility, Users users) {
        this.lists = lists;
        this.visibility = visibility;
        this.users = users;
    }

    UserList readable(@Nullable String viewerUid, long id) {
        return lists.find(id)
                .filter(list -> list.readableBy(viewerUid) && ownerAllows(viewerUid, list))
                .orElseThrow(() -> ListService.notFound(id));
    }

    private boolean ownerAllows(@Nullable String viewerUid, UserList list) {
        if (list.uid().equals(viewerUid)) {
            return true;
        }
        if (list.visibility() == Visibility.PUBLIC) {
            return visibility.canSee(viewerUid, list.uid());
        }
        if (viewerUid == null) {
            return true;
        }
        Member owner = users.members(Set.of(list.uid())).get(list.uid());
        if (owner == null) {
            return false;
        }
        Relation relation = visibility.relation(viewerUid, owner);
        return relation.access() != com.frameratr.social.Access.NONE && !relation.blockedByViewer();
    }
}
