package com.frameratr.social;

/** The follower now follows the followee: a follow of a public profile, or an approved request. */
public record Followed(String followerUid, String followeeUid) {}
