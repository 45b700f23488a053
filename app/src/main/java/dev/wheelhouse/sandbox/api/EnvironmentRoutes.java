package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.github.model.DeploymentEnvironment;
import dev.wheelhouse.github.model.EnvironmentList;
import dev.wheelhouse.sandbox.http.ApiRequest;
import dev.wheelhouse.sandbox.http.ApiResponse;
import dev.wheelhouse.sandbox.http.Router;
import dev.wheelhouse.sandbox.state.RepositoryEnvironment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code GET /repos/{owner}/{repo}/environments}: the environments a dispatch input may name. */
final class EnvironmentRoutes extends Routes {

    private static final String LIST_DOCS = "https://docs.github.com/rest/deployments/environments#list-environments";

    EnvironmentRoutes(SandboxWorld world) {
        super(world);
    }

    @Override
    void register(Router api) {
        api.add("GET", "/repos/{owner}/{repo}/environments", "repo", ACTIONS_READ, this::list);
    }

    private ApiResponse list(ApiRequest request) {
        Urls u = urls(request, LIST_DOCS);
        List<DeploymentEnvironment> all = world.environments().stream().map(e -> payload(u, e)).toList();
        return page(request, all, repositoryPath() + "/environments", p -> new EnvironmentList(p.totalCount(), p.items()));
    }

    private DeploymentEnvironment payload(Urls u, RepositoryEnvironment e) {
        String escaped = URLEncoder.encode(e.name(), StandardCharsets.UTF_8).replace("+", "%20");
        List<DeploymentEnvironment.ProtectionRule> rules = e.tagsOnly()
                ? List.of(new DeploymentEnvironment.ProtectionRule(e.id() * 10 + 1,
                NodeIds.of("GA", world.repo().id(), e.id() * 10 + 1), "branch_policy"))
                : List.of();
        return new DeploymentEnvironment(e.id(), NodeIds.of("EN", world.repo().id(), e.id()), e.name(),
                u.repoApi() + "/environments/" + escaped,
                u.repoWeb() + "/deployments/activity_log?environments_filter=" + escaped, e.createdAt(), e.createdAt(),
                true, rules, e.tagsOnly() ? new DeploymentEnvironment.BranchPolicy(false, true) : null);
    }
}
