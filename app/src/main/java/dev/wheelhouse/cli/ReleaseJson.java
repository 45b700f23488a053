package dev.wheelhouse.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.wheelhouse.release.CellReport;
import dev.wheelhouse.release.Finding;
import dev.wheelhouse.release.ProducedArtifact;
import dev.wheelhouse.release.ProducedFile;
import dev.wheelhouse.release.PublishPlan;
import dev.wheelhouse.release.ReleaseReport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report of {@code release check --json}; the README documents every field. */
final class ReleaseJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReleaseJson() {
    }

    static String of(ReleaseReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("ready", report.ready());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("id", report.run().id());
        run.put("head_branch", report.run().headBranch());
        run.put("tag", report.run().tag().orElse(null));
        run.put("head_sha", report.run().headSha());
        run.put("status", report.run().status());
        run.put("conclusion", report.run().conclusion().orElse(null));
        root.put("run", run);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("project", report.expected().project());
        expected.put("version", report.expected().version().orElse(null));
        expected.put("project_version", report.expected().projectVersion().orElse(null));
        expected.put("wheels", report.expected().wheelCount());
        expected.put("sdist", report.expected().cells().stream().anyMatch(c -> c.sdist()));
        root.put("expected", expected);
        root.put("cells", report.cells().stream().map(ReleaseJson::cell).toList());
        root.put("artifacts", report.produced().stream().map(ReleaseJson::artifact).toList());
        root.put("publish", report.publish().map(ReleaseJson::publish).orElse(null));
        root.put("findings", report.findings().stream().map(ReleaseJson::finding).toList());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialise", e);
        }
    }

    private static Map<String, Object> cell(CellReport cell) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("job", cell.expected().job());
        out.put("matrix", new java.util.TreeMap<>(cell.expected().matrix()));
        out.put("conclusion", cell.expected().conclusion().orElse(null));
        out.put("planned", cell.expected().wheels().stream().map(w -> w.identifier().toString()).toList());
        out.put("sdist", cell.expected().sdist());
        out.put("produced", cell.produced());
        out.put("matched", cell.matched());
        out.put("good", cell.good());
        return out;
    }

    private static Map<String, Object> artifact(ProducedArtifact artifact) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", artifact.artifact().id());
        out.put("name", artifact.name());
        out.put("job", artifact.job().orElse(null));
        out.put("size_in_bytes", artifact.artifact().sizeInBytes());
        out.put("digest", artifact.artifact().digest());
        out.put("verified", artifact.verified());
        out.put("expired", artifact.artifact().expired());
        out.put("expires_at", artifact.artifact().expiresAt() == null ? null : artifact.artifact().expiresAt().toString());
        out.put("problem", artifact.problem().orElse(null));
        List<Map<String, Object>> files = artifact.files().stream().map(ReleaseJson::file).toList();
        out.put("files", files);
        return out;
    }

    private static Map<String, Object> file(ProducedFile file) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", file.name());
        out.put("size", file.size());
        out.put("kind", file.isWheel() ? "wheel" : file.isSdist() ? "sdist" : "other");
        out.put("problems", file.problems());
        return out;
    }

    private static Map<String, Object> publish(PublishPlan plan) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("job", plan.step().job());
        out.put("environment", plan.step().environment().orElse(null));
        out.put("artifacts", plan.artifacts());
        out.put("files", plan.files().stream().map(f -> Map.of("name", f.name(), "artifact", f.artifact())).toList());
        out.put("replaced", plan.replaced().stream().map(f -> Map.of("name", f.name(), "artifact", f.artifact())).toList());
        out.put("problem", plan.problem().orElse(null));
        return out;
    }

    private static Map<String, Object> finding(Finding finding) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", finding.kind().code());
        out.put("severity", finding.error() ? "error" : "warning");
        out.put("job", finding.job().orElse(null));
        out.put("artifact", finding.artifact().orElse(null));
        out.put("file", finding.file().orElse(null));
        out.put("message", finding.message());
        return out;
    }
}
