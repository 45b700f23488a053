package dev.wheelhouse.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wheelhouse.failures.Failure;
import dev.wheelhouse.failures.FailureClass;
import dev.wheelhouse.failures.FailureGroup;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * The {@code why --json} document (field list in the README): {@code files} for log files,
 * {@code jobs} (with name and id) and {@code groups} for a run; each with its failures, the most
 * likely first. A log that shows no known failure gets one {@code unknown} entry with no line.
 */
final class WhyJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WhyJson() {
    }

    static String files(List<WhyEntry> entries) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (WhyEntry e : entries) {
            ObjectNode file = files.addObject();
            file.put("path", e.name());
            failures(file.putArray("failures"), e);
        }
        return write(root);
    }

    static String jobs(List<WhyEntry> entries, List<FailureGroup> groups) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode jobs = root.putArray("jobs");
        for (WhyEntry e : entries) {
            ObjectNode job = jobs.addObject();
            job.put("name", e.name());
            job.put("id", e.jobId());
            if (e.logProblem() != null) {
                job.put("log_problem", e.logProblem());
            }
            failures(job.putArray("failures"), e);
        }
        ArrayNode reasons = root.putArray("groups");
        for (FailureGroup g : groups) {
            ObjectNode group = reasons.addObject();
            group.put("class", g.failureClass().code());
            group.put("reason", g.reason());
            group.put("count", g.jobNames().size());
            ArrayNode names = group.putArray("jobs");
            g.jobNames().forEach(names::add);
        }
        return write(root);
    }

    private static void failures(ArrayNode out, WhyEntry e) {
        if (e.report().failures().isEmpty()) {
            ObjectNode node = out.addObject();
            node.put("class", FailureClass.UNKNOWN.code());
            node.putNull("step");
            node.putNull("line");
            node.putNull("text");
            node.putNull("source_location");
            node.put("message", WhyText.NOTHING_FOUND);
            return;
        }
        for (Failure f : e.report().failures()) {
            ObjectNode node = out.addObject();
            node.put("class", f.failureClass().code());
            node.put("step", f.step());
            if (f.hasLine()) {
                node.put("line", f.line());
            } else {
                node.putNull("line");
            }
            node.put("text", f.text().strip());
            node.put("source_location", f.sourceLocation() == null ? null : f.sourceLocation().toString());
            node.put("message", f.message());
        }
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
