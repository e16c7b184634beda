package com.frameratr.social;

/** The follower asked to follow a private profile; the followee may approve or deny it. */
public record FollowRequested(String followerUid, String followeeUid) {}
