package dev.wheelhouse.sandbox.api;

/** The two accounts of the sandbox: the organisation that owns the repository and its maintainer. */
public final class Accounts {

    public static final String ORG = "wheelhouse-demo";
    public static final long ORG_ID = 190_000_001L;
    public static final String USER = "wheelhouse-dev";
    public static final long USER_ID = 190_000_002L;
    public static final String USER_NAME = "Wheelhouse Developer";
    public static final String USER_EMAIL = "wheelhouse-dev@users.noreply.github.com";

    private Accounts() {
    }
}
