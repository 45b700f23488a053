package dev.wheelhouse.cli;

import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.model.Artifact;
import dev.wheelhouse.release.ArtifactDownloads;
import dev.wheelhouse.release.ArtifactSelection;
import dev.wheelhouse.release.ReleaseSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code download --repo R --run ID [-n NAME]… [-p PATTERN]… [-D DIR]}: a run's artifacts unpacked into a folder, as
 * {@code gh run download} does (one folder per artifact unless a single one is named), each checked against its
 * digest. The token goes to the API host only; the blob host gets the signed URL alone.
 */
@Command(name = "download", mixinStandardHelpOptions = true,
        description = {"Download a run's artifacts (all, or those named or matching a pattern) and unpack them, "
                + "each checked against GitHub's digest.",
                "The token comes from GH_TOKEN or GITHUB_TOKEN (GH_ENTERPRISE_TOKEN or GITHUB_ENTERPRISE_TOKEN "
                        + "for another host), the GitHub CLI, or the token kept by the app."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every chosen artifact was downloaded and unpacked",
                "1:nothing matched, an artifact has expired, a download failed or a file already exists",
                "2:bad arguments, no token, or GitHub could not be read"})
public final class DownloadCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RunOptions run;

    @Option(names = {"-n", "--name"}, paramLabel = "NAME", description = "An artifact to download (repeatable).")
    private List<String> names = new ArrayList<>();

    @Option(names = {"-p", "--pattern"}, paramLabel = "PATTERN",
            description = "Download the artifacts whose names match this glob (repeatable).")
    private List<String> patterns = new ArrayList<>();

    @Option(names = {"-D", "--dir"}, paramLabel = "DIR", defaultValue = ".",
            description = "The folder to download into (default: the current one).")
    private Path dir;

    private final ClientSetup setup;

    public DownloadCommand() {
        this(ClientSetup.system());
    }

    public DownloadCommand(ClientSetup setup) {
        this.setup = setup;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<String> unusable = unusableFolder(dir);
        if (unusable.isPresent()) {
            return ErrorLine.print(spec, unusable.get(), 2);
        }
        try {
            ReleaseSource source = run.open(setup).release();
            ArtifactSelection selection = new ArtifactSelection(names, patterns);
            ArtifactSelection.Choice choice = selection.choose(source.artifacts(run.runId, Optional.empty()));
            if (!choice.expired().isEmpty()) {
                return ErrorLine.print(spec, "Artifact " + choice.expired().stream().map(Artifact::name)
                        .collect(Collectors.joining(", ")) + " of run " + run.runId + " has expired: GitHub deleted its "
                        + "files when its retention period ended.", 1);
            }
            if (choice.chosen().isEmpty()) {
                return ErrorLine.print(spec, "No valid artifacts of run " + run.runId + " to download"
                        + (names.isEmpty() && patterns.isEmpty() ? "." : " match " + String.join(", ", names)
                        + (names.isEmpty() || patterns.isEmpty() ? "" : ", ") + String.join(", ", patterns) + "."), 1);
            }
            for (ArtifactDownloads.Downloaded done : new ArtifactDownloads(source).download(choice.chosen(),
                    selection.isolated(), dir, ArtifactDownloads.Progress.NONE)) {
                out.println(done.artifact().name() + ": " + done.files().size() + (done.files().size() == 1 ? " file" : " files")
                        + " in " + done.folder() + (done.verified() ? " (digest checked)" : " (GitHub gave no digest)"));
            }
            out.flush();
            return 0;
        } catch (CommandFailure e) {
            return ErrorLine.print(spec, e.getMessage(), e.exitCode());
        } catch (GitHubException e) {
            // A rejected token is as good as none; an expired artifact (410) is the run's, not the user's.
            boolean unreadable = (e.kind() == GitHubException.Kind.NOT_FOUND && e.status() != 410)
                    || e.kind() == GitHubException.Kind.BAD_CREDENTIALS;
            return ErrorLine.print(spec, e.userMessage(), unreadable ? 2 : 1);
        }
    }

    /**
     * Why files cannot go into {@code dir}: it, or the nearest of its parents that exists, is not a folder.
     * Asked before anything is fetched: the download would fail only once its first artifact had arrived.
     */
    static Optional<String> unusableFolder(Path dir) {
        Path wanted = dir.toAbsolutePath().normalize();
        Path at = wanted;
        while (at != null && !Files.exists(at)) {
            at = at.getParent();
        }
        if (at == null || Files.isDirectory(at)) {
            return Optional.empty();
        }
        return Optional.of(at.equals(wanted) ? dir + " is a file, not a folder; give -D a folder to download into."
                : dir + " cannot be made: " + at + " is a file, not a folder.");
    }
}
