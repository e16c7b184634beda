package com.frameratr.social;

import com.frameratr.platform.paging.Cursor;
import com.frameratr.platform.paging.Page;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.users.Member;
import com.frameratr.users.Users;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Turns a page of follow or block rows into people's cards, with the cursor after the last. */
@Component
class People {

    private final Users users;

    People(Users users) {
        this.users = users;
    }

    /** The id after which the page starts: everything, without a cursor. */
    static long afterId(PageRequest page) {
        String after = page.after();
        return after == null
                ? Long.MAX_VALUE
                : Cursor.longPart(Cursor.decode(after, 1).getFirst());
    }

    Page<PersonResponse> page(List<Edge> edges, long total, PageRequest page) {
        Map<String, Member> members =
                users.members(edges.stream().map(Edge::uid).toList());
        Page<Edge> read = new Page<>(edges, total, page).withNextCursor(edge -> Cursor.encode(edge.id()));
        // a user deleted between the two reads is left out; the cursor still continues after the row
        List<PersonResponse> people = edges.stream()
                .filter(edge -> members.containsKey(edge.uid()))
                .map(edge -> PersonResponse.of(members.get(edge.uid()), edge.since()))
                .toList();
        return new Page<>(people, total, page, read.nextCursor());
    }
}
