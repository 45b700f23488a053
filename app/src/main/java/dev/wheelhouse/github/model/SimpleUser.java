package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** GitHub's {@code simple-user}: a run's {@code actor}, a repository's {@code owner}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SimpleUser(
        String login,
        long id,
        String nodeId,
        String avatarUrl,
        String gravatarId,
        String url,
        String htmlUrl,
        String followersUrl,
        String followingUrl,
        String gistsUrl,
        String starredUrl,
        String subscriptionsUrl,
        String organizationsUrl,
        String reposUrl,
        String eventsUrl,
        String receivedEventsUrl,
        String type,
        String userViewType,
        boolean siteAdmin) {
}
