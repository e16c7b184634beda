package com.frameratr.catalog;

import java.util.List;

/** What the catalog knows of one title for its page: the list fields, TMDb's rating and the genre names (sorted). */
public record TitleDetail(TitleCard card, double tmdbRating, int tmdbVotes, List<String> genres) {}
