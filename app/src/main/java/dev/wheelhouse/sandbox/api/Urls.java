package dev.wheelhouse.sandbox.api;

/**
 * The URLs payloads carry. API URLs start with the base the request used (with
 * {@code /api/v3} when the client spoke the Enterprise form); web URLs ({@code html_url}) use
 * the server's root, as GitHub Enterprise does, since there is no github.com here.
 */
record Urls(String api, String web, String owner, String repo) {

    static Urls of(String apiBase, String owner, String repo) {
        String web = apiBase.endsWith("/api/v3") ? apiBase.substring(0, apiBase.length() - "/api/v3".length()) : apiBase;
        return new Urls(apiBase, web, owner, repo);
    }

    String repoApi() {
        return api + "/repos/" + owner + "/" + repo;
    }

    String repoWeb() {
        return web + "/" + owner + "/" + repo;
    }

    String userApi(String login) {
        return api + "/users/" + login;
    }

    String userWeb(String login) {
        return web + "/" + login;
    }
}
