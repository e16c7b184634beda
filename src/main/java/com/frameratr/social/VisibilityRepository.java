package com.frameratr.social;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class VisibilityRepository {

    private static final String RELATION = """
            SELECT %s,
                   EXISTS (SELECT 1 FROM blocks WHERE blocker_uid = :owner AND blocked_uid = :viewer),
                   EXISTS (SELECT 1 FROM blocks WHERE blocker_uid = :viewer AND blocked_uid = :owner),
                   (SELECT status FROM follows WHERE follower_uid = :viewer AND followee_uid = :owner)
            """.formatted(Visibility.sqlCanSee(":viewer", ":owner"));

    private static final String CAN_SEE = "SELECT " + Visibility.sqlCanSee(":viewer", ":owner");

    private final JdbcClient jdbc;

    VisibilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A signed-in viewer's relation to another user; the access follows Visibility's condition. */
    Relation relation(String viewerUid, String ownerUid) {
        return jdbc.sql(RELATION)
                .param("viewer", viewerUid)
                .param("owner", ownerUid)
                .query((rs, row) -> {
                    boolean sees = rs.getBoolean(1);
                    boolean blockedByOwner = rs.getBoolean(2);
                    boolean blockedByViewer = rs.getBoolean(3);
                    FollowStatus follow = FollowStatus.ofStored(rs.getString(4));
                    Access access = blockedByOwner ? Access.NONE : sees ? Access.CONTENT : Access.CARD;
                    return new Relation(access, follow, blockedByViewer);
                })
                .single();
    }

    boolean canSee(@Nullable String viewerUid, String ownerUid) {
        return jdbc.sql(CAN_SEE)
                .param("viewer", viewerUid, java.sql.Types.VARCHAR)
                .param("owner", ownerUid)
                .query(Boolean.class)
                .single();
    }
}
