package dev.wheelhouse.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code actions/download-artifact} (v4) would put in the publish job's folder: one named artifact straight into
 * {@code path}; with a pattern (or none), each matching artifact into {@code path/<name>/}, or, with
 * {@code merge-multiple}, all into {@code path} in the order GitHub lists them, a later file replacing an earlier one
 * of the same name. The PyPI action uploads the files directly in its {@code packages-dir}.
 */
final class PublishPlanner {

    private PublishPlanner() {
    }

    static PublishPlan plan(PublishStep step, List<ProducedArtifact> artifacts) {
        List<ProducedArtifact> taken = artifacts.stream().filter(a -> step.download().wants(a.name())).toList();
        Map<String, PublishPlan.PublishedFile> files = new LinkedHashMap<>();
        List<PublishPlan.PublishedFile> replaced = new ArrayList<>();
        Optional<String> problem = Optional.empty();
        if (taken.isEmpty()) {
            problem = Optional.of(step.download().name().map(n -> "no artifact is named " + n)
                    .orElse("no artifact matches " + step.download().pattern().orElse("*")));
        } else if (!step.download().flat() && clean(step.download().path()).equals(clean(step.packagesDir()))) {
            problem = Optional.of("download-artifact puts each of the " + taken.size() + " artifacts in its own folder "
                    + "under " + step.download().path() + " (merge-multiple is off), and the publish step only takes "
                    + "the files directly in " + step.packagesDir());
        }
        for (ProducedArtifact artifact : taken) {
            for (ProducedFile file : artifact.files()) {
                if (!file.isWheel() && !file.isSdist()) {
                    continue;
                }
                PublishPlan.PublishedFile published = new PublishPlan.PublishedFile(file.fileName(), artifact.name(),
                        file.size());
                PublishPlan.PublishedFile before = files.put(file.fileName(), published);
                if (before != null) {
                    replaced.add(before);
                }
            }
        }
        return new PublishPlan(step, taken.stream().map(ProducedArtifact::name).toList(), List.copyOf(files.values()),
                replaced, problem);
    }

    private static String clean(String path) {
        String p = path.trim().replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
