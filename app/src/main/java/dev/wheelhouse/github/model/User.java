package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;

/** {@code GET /user}: the authenticated user's private view ({@code user_view_type: private}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record User(
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
        boolean siteAdmin,
        String name,
        String company,
        String blog,
        String location,
        String email,
        Boolean hireable,
        String bio,
        String twitterUsername,
        String notificationEmail,
        int publicRepos,
        int publicGists,
        int followers,
        int following,
        Instant createdAt,
        Instant updatedAt,
        Integer privateGists,
        Integer totalPrivateRepos,
        Integer ownedPrivateRepos,
        Long diskUsage,
        Integer collaborators,
        Boolean twoFactorAuthentication,
        Plan plan) {

    /** The account's plan, as {@code GET /user} reports it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Plan(String name, long space, int collaborators, long privateRepos) {
    }
}
