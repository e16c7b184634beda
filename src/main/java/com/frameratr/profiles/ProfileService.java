package com.frameratr.profiles;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleCard;
import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.diary.Diary;
import com.frameratr.library.Favorites;
import com.frameratr.lists.Lists;
import com.frameratr.ratings.Ratings;
import com.frameratr.reviews.Reviews;
import com.frameratr.social.Access;
import com.frameratr.social.Relation;
import com.frameratr.social.Social;
import com.frameratr.social.Visibility;
import com.frameratr.users.Member;
import com.frameratr.users.Users;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Composes a profile page, after asking {@link Visibility} what the viewer may see of it. */
@Service
class ProfileService {

    static final int FAVORITES = 4;
    static final int RECENT_DIARY = 5;

    private final Users users;
    private final Visibility visibility;
    private final Social social;
    private final Diary diary;
    private final Reviews reviews;
    private final Lists lists;
    private final Ratings ratings;
    private final Favorites favorites;
    private final Catalog catalog;

    ProfileService(
            Users users,
            Visibility visibility,
            Social social,
            Diary diary,
            Reviews reviews,
            Lists lists,
            Ratings ratings,
            Favorites favorites,
            Catalog catalog) {
        this.users = users;
        this.visibility = visibility;
        this.social = social;
        this.diary = diary;
        this.reviews = reviews;
        this.lists = lists;
        this.ratings = ratings;
        this.favorites = favorites;
        this.catalog = catalog;
    }

    // one snapshot: the counts and strips agree with each other
    @Transactional(readOnly = true)
    ProfileResponse profile(@Nullable String viewerUid, String handle) {
        Member owner = users.byHandle(handle).orElseThrow(() -> Visibility.noSuchUser(handle));
        Relation relation = visibility.relation(viewerUid, owner);
        if (relation.access() == Access.NONE) {
            throw Visibility.noSuchUser(handle);
        }
        Social.FollowCounts follows = social.followCounts(owner.uid());
        boolean signedInOther = viewerUid != null && relation.access() != Access.OWNER;
        var followStatus = signedInOther ? relation.followStatus() : null;
        Boolean blockedByMe = signedInOther ? relation.blockedByViewer() : null;
        if (!relation.access().seesContent()) {
            return new ProfileResponse(
                    owner.handle(),
                    owner.displayName(),
                    null,
                    owner.photoUrl(),
                    privacy(owner),
                    new ProfileResponse.Counts(null, null, null, null, follows.followers(), follows.following()),
                    followStatus,
                    blockedByMe,
                    null,
                    null,
                    null);
        }
        Diary.TitlesLogged logged =
                diary.titlesLogged(owner.uid(), LocalDate.now(ZoneOffset.UTC).getYear());
        List<TitleRef> favoriteTitles = favorites.recentTitles(owner.uid(), FAVORITES);
        List<Diary.LoggedViewing> recent = diary.recent(owner.uid(), RECENT_DIARY);
        List<TitleRef> shown = new ArrayList<>(favoriteTitles);
        recent.forEach(viewing -> shown.add(viewing.title()));
        Map<TitleRef, TitleCard> cards = catalog.cards(shown);
        return new ProfileResponse(
                owner.handle(),
                owner.displayName(),
                users.bioOf(owner.uid()).orElse(null),
                owner.photoUrl(),
                privacy(owner),
                new ProfileResponse.Counts(
                        logged.ever(),
                        logged.inYear(),
                        reviews.countBy(owner.uid()),
                        lists.listCountOf(owner.uid(), viewerUid),
                        follows.followers(),
                        follows.following()),
                followStatus,
                blockedByMe,
                favoriteTitles.stream()
                        .map(cards::get)
                        .filter(card -> card != null)
                        .toList(),
                recent.stream()
                        .map(viewing -> recentViewing(viewing, cards.get(viewing.title())))
                        .toList(),
                Arrays.stream(ratings.histogramOf(owner.uid())).boxed().toList());
    }

    private static ProfileResponse.RecentViewing recentViewing(Diary.LoggedViewing viewing, @Nullable TitleCard card) {
        boolean movie = viewing.title().kind() == TitleKind.MOVIE;
        return new ProfileResponse.RecentViewing(
                viewing.id(),
                movie ? viewing.title().id() : null,
                movie ? null : viewing.title().id(),
                card,
                viewing.watchedOn(),
                viewing.rewatch(),
                viewing.ratingVal(),
                viewing.liked());
    }

    private static String privacy(Member member) {
        return member.privateProfile() ? "private" : "public";
    }
}
