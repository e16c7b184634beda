package com.frameratr.lists;

import java.time.OffsetDateTime;

/** A list with the number of movies in it (the web app's {@code movie_count}). */
record UserList(long id, String name, int movieCount, OffsetDateTime createdAt) {}
