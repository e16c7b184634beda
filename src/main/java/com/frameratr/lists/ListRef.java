package com.frameratr.lists;

/** A list as other features address it: its id, owner and count of comments (V16). */
public record ListRef(long id, String ownerUid, int commentCount) {}
