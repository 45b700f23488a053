package dev.wheelhouse.cli;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.ResolvedToken;
import dev.wheelhouse.runs.dispatch.DispatchException;
import dev.wheelhouse.runs.dispatch.DispatchRequest;
import dev.wheelhouse.runs.dispatch.DispatchResult;
import dev.wheelhouse.runs.dispatch.InMemoryDispatchLog;
import dev.wheelhouse.runs.dispatch.InvalidInputsException;
import dev.wheelhouse.runs.catalog.RemoteWorkflow;
import dev.wheelhouse.runs.catalog.WorkflowCatalog;
import dev.wheelhouse.runs.dispatch.WorkflowDispatcher;
import dev.wheelhouse.workflow.DispatchInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code dispatch --repo O/R --workflow FILE|ID --ref REF [-f key=value]… [--api URL] [--json]}:
 * GitHub CLI's {@code workflow run}, answering with the run id.
 */
@Command(name = "dispatch", mixinStandardHelpOptions = true,
        description = {"Trigger a workflow_dispatch run and print its run id and URL.",
                "The token comes from GH_TOKEN or GITHUB_TOKEN (GH_ENTERPRISE_TOKEN or GITHUB_ENTERPRISE_TOKEN "
                        + "for another host), the GitHub CLI, or the token kept by the app."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run started",
                "1:GitHub refused the dispatch, could not be asked, or the run did not appear",
                "2:bad arguments or inputs, no token or a rejected one, or no such repository, workflow or ref"})
public final class DispatchCommand implements Callable<Integer> {

    /** Where the command gets its token and client settings; tests give their own. */
    public interface Setup extends ClientSetup {
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--repo", required = true, paramLabel = "OWNER/NAME", description = "The repository.")
    private String repo;

    @Option(names = "--workflow", required = true, paramLabel = "FILE|ID",
            description = "The workflow file name (release.yml) or numeric id.")
    private String workflow;

    @Option(names = "--ref", required = true, paramLabel = "REF", description = "The branch or tag to run on.")
    private String ref;

    @Option(names = {"-f", "--field"}, paramLabel = "KEY=VALUE", description = "A workflow input; repeat for more.")
    private List<String> fields = List.of();

    @Option(names = "--api", paramLabel = "URL", defaultValue = "https://api.github.com",
            description = "The API root: https://api.github.com (default) or https://HOST/api/v3.")
    private String api;

    @Option(names = "--json", description = "Print {\"run_id\", \"html_url\"} as JSON.")
    private boolean json;

    private final ClientSetup setup;

    public DispatchCommand() {
        this(ClientSetup.system());
    }

    public DispatchCommand(ClientSetup setup) {
        this.setup = setup;
    }

    @Override
    public Integer call() {
        ApiEndpoint endpoint;
        RepositoryRef repository;
        Map<String, String> inputs;
        try {
            endpoint = ApiEndpoint.parse(api);
            repository = RepositoryRef.parse(repo);
            inputs = parseFields(fields);
        } catch (IllegalArgumentException e) {
            return ErrorLine.print(spec, e.getMessage(), 2);
        }
        Optional<ResolvedToken> token;
        try {
            token = setup.token(endpoint);
        } catch (IllegalArgumentException e) {
            return ErrorLine.print(spec, e.getMessage(), 2);
        }
        if (token.isEmpty()) {
            return ErrorLine.print(spec, setup.noTokenMessage(endpoint), 2);
        }
        GitHubClient client = GitHubClient.connect(endpoint, token.get().token(), setup.options());
        try {
            RemoteWorkflow opened = new WorkflowCatalog(client).openByName(repository, workflow, ref);
            if (!opened.dispatchable()) {
                return ErrorLine.print(spec, opened.file().path() + " at " + ref + " has no 'workflow_dispatch:' trigger, so "
                        + "GitHub would refuse to dispatch it. Add it under 'on:' on that ref.", 1);
            }
            List<DispatchInput> declared = opened.document().dispatchInputs();
            Optional<List<String>> environments = declared.stream().anyMatch(i -> "environment".equals(i.type()))
                    ? environments(client, repository) : Optional.empty();
            WorkflowDispatcher dispatcher = new WorkflowDispatcher(client, new InMemoryDispatchLog(),
                    setup.options().clock(), setup.options().sleeper(), Duration.ofSeconds(2));
            DispatchResult result = dispatcher.dispatch(new DispatchRequest(repository, workflow, ref, inputs,
                    Optional.of(declared), environments));
            print(result);
            return 0;
        } catch (InvalidInputsException e) {
            return ErrorLine.print(spec, e.userMessage(), 2);
        } catch (DispatchException e) {
            return ErrorLine.print(spec, e.userMessage(), 1);
        } catch (GitHubException e) {
            ApiAccess.Refused refused = ApiAccess.refused(e);
            return ErrorLine.print(spec, refused.getMessage(), refused.exitCode());
        }
    }

    private void print(DispatchResult result) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("run_id", result.runId());
            body.put("html_url", result.htmlUrl());
            try {
                out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            out.println("Dispatched " + workflow + " on " + ref + ": run " + result.runId()
                    + (result.foundBySearch() ? " (found among the runs; the server did not name it)" : ""));
            out.println(result.htmlUrl());
        }
        out.flush();
    }

    private static Optional<List<String>> environments(GitHubClient client, RepositoryRef repository) {
        try {
            return Optional.of(client.environments(repository));
        } catch (GitHubException e) {
            // Without the list GitHub checks the environment name itself.
            return Optional.empty();
        }
    }

    static Map<String, String> parseFields(List<String> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : fields) {
            int eq = field.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("-f " + field + " is not KEY=VALUE. Write e.g. -f debug=true.");
            }
            String key = field.substring(0, eq).strip();
            if (out.put(key, field.substring(eq + 1)) != null) {
                throw new IllegalArgumentException("The input '" + key + "' is given twice; give it once.");
            }
        }
        return out;
    }
}
