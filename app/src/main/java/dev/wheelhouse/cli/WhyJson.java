package dev.wheelhouse.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.wheelhouse.failures.Failure;
import dev.wheelhouse.failures.FailureClass;
import dev.wheelhouse.failures.FailureGroup;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The {@code why --json} document (field list in the README): {@code files} for log files,
 * {@code jobs} (with name and id) and {@code groups} for a run; each with its failures, the most
 * likely first. A log that shows no known failure gets one {@code unknown} entry with no line.
 * Written with Jackson's streaming generator, not an {@code ObjectMapper}: the mapper's start (its
 * serializers, introspection, type factory) was a tenth of a local {@code why}'s whole process.
 */
final class WhyJson {

    private static final JsonFactory JSON = new JsonFactory();

    private WhyJson() {
    }

    /** What a document is written by: the generator, which may fail only as its writer does. */
    private interface Body {
        void write(JsonGenerator out) throws IOException;
    }

    static String files(List<WhyEntry> entries) {
        return write(out -> {
            out.writeArrayFieldStart("files");
            for (WhyEntry e : entries) {
                out.writeStartObject();
                out.writeStringField("path", e.name());
                failures(out, e);
                out.writeEndObject();
            }
            out.writeEndArray();
        });
    }

    static String jobs(List<WhyEntry> entries, List<FailureGroup> groups) {
        return write(out -> {
            out.writeArrayFieldStart("jobs");
            for (WhyEntry e : entries) {
                out.writeStartObject();
                out.writeStringField("name", e.name());
                out.writeNumberField("id", e.jobId());
                if (e.logProblem() != null) {
                    out.writeStringField("log_problem", e.logProblem());
                }
                failures(out, e);
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeArrayFieldStart("groups");
            for (FailureGroup g : groups) {
                out.writeStartObject();
                out.writeStringField("class", g.failureClass().code());
                out.writeStringField("reason", g.reason());
                out.writeNumberField("count", g.jobNames().size());
                out.writeArrayFieldStart("jobs");
                for (String name : g.jobNames()) {
                    out.writeString(name);
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
        });
    }

    private static void failures(JsonGenerator out, WhyEntry e) throws IOException {
        out.writeArrayFieldStart("failures");
        if (e.report().failures().isEmpty()) {
            out.writeStartObject();
            out.writeStringField("class", FailureClass.UNKNOWN.code());
            out.writeNullField("step");
            out.writeNullField("line");
            out.writeNullField("text");
            out.writeNullField("source_location");
            out.writeStringField("message", WhyText.NOTHING_FOUND);
            out.writeEndObject();
        } else {
            for (Failure f : e.report().failures()) {
                out.writeStartObject();
                out.writeStringField("class", f.failureClass().code());
                out.writeStringField("step", f.step());
                if (f.hasLine()) {
                    out.writeNumberField("line", f.line());
                } else {
                    out.writeNullField("line");
                }
                out.writeStringField("text", f.text().strip());
                out.writeStringField("source_location", f.sourceLocation() == null ? null : f.sourceLocation().toString());
                out.writeStringField("message", f.message());
                out.writeEndObject();
            }
        }
        out.writeEndArray();
    }

    private static String write(Body body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            out.writeStartObject();
            body.write(out);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
