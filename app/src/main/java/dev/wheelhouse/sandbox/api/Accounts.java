package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.sandbox.state.Actor;
import dev.wheelhouse.sandbox.state.GitRepository;

/**
 * The sandbox's accounts: the organisation that owns the repository, its maintainer, and any
 * other user a test issues a token to.
 */
public final class Accounts {

    public static final String ORG = "wheelhouse-demo";
    public static final long ORG_ID = 190_000_001L;
    public static final String USER = "wheelhouse-dev";
    public static final long USER_ID = 190_000_002L;
    public static final String USER_NAME = "Wheelhouse Developer";
    public static final String USER_EMAIL = "wheelhouse-dev@users.noreply.github.com";
    public static final Actor MAINTAINER = new Actor(USER, USER_ID);

    private Accounts() {
    }

    /** The display name GitHub shows: the maintainer has one; other sandbox users have none (null). */
    static String nameOf(String login) {
        return login.equals(USER) ? USER_NAME : null;
    }

    /** The git identity of a user's commits: GitHub's no-reply address ({@code id+login@…}) for others. */
    static GitRepository.Identity identityOf(Actor actor) {
        return actor.login().equals(USER) ? new GitRepository.Identity(USER_NAME, USER_EMAIL)
                : new GitRepository.Identity(actor.login(), actor.id() + "+" + actor.login() + "@users.noreply.github.com");
    }
}
