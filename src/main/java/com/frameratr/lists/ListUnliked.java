package com.frameratr.lists;

/** A user took back their like of a list. */
public record ListUnliked(long listId, String uid) {}
