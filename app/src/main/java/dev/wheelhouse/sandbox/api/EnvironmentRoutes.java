package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.github.model.DeploymentEnvironment;
import dev.wheelhouse.github.model.EnvironmentList;
import dev.wheelhouse.github.model.Reviewer;
import dev.wheelhouse.sandbox.http.ApiException;
import dev.wheelhouse.sandbox.http.ApiRequest;
import dev.wheelhouse.sandbox.http.ApiResponse;
import dev.wheelhouse.sandbox.http.Router;
import dev.wheelhouse.sandbox.state.RepositoryEnvironment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /repos/{owner}/{repo}/environments} (the environments a dispatch input may name) and one environment by
 * name, with their protection rules in the recorded order: branch policy, required reviewers, wait timer.
 */
final class EnvironmentRoutes extends Routes {

    private static final String LIST_DOCS = "https://docs.github.com/rest/deployments/environments#list-environments";
    private static final String GET_DOCS = "https://docs.github.com/rest/deployments/environments#get-an-environment";

    EnvironmentRoutes(SandboxWorld world) {
        super(world);
    }

    @Override
    void register(Router api) {
        api.add("GET", "/repos/{owner}/{repo}/environments", "repo", ACTIONS_READ, this::list);
        api.add("GET", "/repos/{owner}/{repo}/environments/{environment_name}", "repo", ACTIONS_READ, this::get);
    }

    private ApiResponse get(ApiRequest request) {
        Urls u = urls(request, GET_DOCS);
        String name = request.param("environment_name");
        return world.environments().stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst()
                .map(e -> ApiResponse.ok(payload(u, e))).orElseThrow(() -> ApiException.notFound(GET_DOCS));
    }

    private ApiResponse list(ApiRequest request) {
        Urls u = urls(request, LIST_DOCS);
        List<DeploymentEnvironment> all = world.environments().stream().map(e -> payload(u, e)).toList();
        return page(request, all, repositoryPath() + "/environments", p -> new EnvironmentList(p.totalCount(), p.items()));
    }

    private DeploymentEnvironment payload(Urls u, RepositoryEnvironment e) {
        String escaped = URLEncoder.encode(e.name(), StandardCharsets.UTF_8).replace("+", "%20");
        List<DeploymentEnvironment.ProtectionRule> rules = new ArrayList<>();
        if (e.tagsOnly()) {
            rules.add(new DeploymentEnvironment.ProtectionRule(e.id() * 10 + 1,
                    NodeIds.of("GA", world.repo().id(), e.id() * 10 + 1), "branch_policy"));
        }
        world.release().environment(e.id()).ifPresent(p -> {
            if (!p.reviewers().isEmpty()) {
                rules.add(new DeploymentEnvironment.ProtectionRule(e.id() * 10 + 2,
                        NodeIds.of("GA", world.repo().id(), e.id() * 10 + 2), "required_reviewers", false,
                        p.reviewers().stream().map(a -> new Reviewer("User",
                                RepositoryPayloads.simpleUser(u, a.login(), a.id(), "User"))).toList(), null));
            }
            if (p.waitTimerMinutes() > 0) {
                rules.add(new DeploymentEnvironment.ProtectionRule(e.id() * 10 + 3,
                        NodeIds.of("GA", world.repo().id(), e.id() * 10 + 3), "wait_timer", null, null,
                        p.waitTimerMinutes()));
            }
        });
        return new DeploymentEnvironment(e.id(), NodeIds.of("EN", world.repo().id(), e.id()), e.name(),
                u.repoApi() + "/environments/" + escaped,
                u.repoWeb() + "/deployments/activity_log?environments_filter=" + escaped, e.createdAt(), e.createdAt(),
                true, rules, e.tagsOnly() ? new DeploymentEnvironment.BranchPolicy(false, true) : null);
    }
}
