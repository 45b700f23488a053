package dev.wheelhouse.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wheelhouse.sccache.CacheTotals;
import dev.wheelhouse.sccache.Diagnosis;
import dev.wheelhouse.sccache.HitRate;
import dev.wheelhouse.sccache.LanguageStats;
import dev.wheelhouse.sccache.SccacheStats;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The {@code stats --json} document (issue 7; field list in the README): a figure the log does
 * not give is {@code null}; {@code hit_rate_percent} is sccache's printed rate, else computed as
 * sccache computes it, and for a notice the notice's own whole number.
 */
final class StatsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StatsJson() {
    }

    static String render(List<StatsFileReport> reports, CacheTotals total, boolean anyStats) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (StatsFileReport report : reports) {
            ObjectNode file = files.addObject();
            file.put("path", report.path());
            ArrayNode blocks = file.putArray("blocks");
            report.scan().blocks().forEach(b -> block(blocks.addObject(), b));
            ArrayNode diagnoses = file.putArray("diagnoses");
            for (Diagnosis d : report.diagnoses()) {
                ObjectNode node = diagnoses.addObject();
                node.put("code", d.code().code());
                node.put("message", d.message());
                node.put("evidence", d.evidence());
            }
            if (report.job().totals().isPresent()) {
                totals(file.putObject("job"), report.job().totals().get());
            } else {
                file.putNull("job");
            }
        }
        ObjectNode totalNode = root.putObject("total");
        if (anyStats) {
            totals(totalNode, total);
        } else {
            totalNode.putNull("hits").putNull("misses").putNull("errors").putNull("hit_rate_percent");
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void block(ObjectNode o, SccacheStats b) {
        o.put("step", b.step());
        o.put("group", b.group());
        o.put("line", b.line());
        o.put("format", b.format().wireName());
        o.put("compile_requests", b.compileRequests());
        o.put("requests_executed", b.requestsExecuted());
        o.put("hits", b.hits());
        o.put("misses", b.misses());
        o.put("errors", b.errors());
        rate(o, b.hitRate());
        ObjectNode languages = o.putObject("languages");
        for (Map.Entry<String, LanguageStats> e : b.languages().entrySet()) {
            ObjectNode language = languages.putObject(e.getKey());
            language.put("hits", e.getValue().hits());
            language.put("misses", e.getValue().misses());
            language.put("errors", e.getValue().errors());
        }
        o.put("cache_location", b.cacheLocation() == null ? null : b.cacheLocation().raw());
        o.put("cache_location_kind", b.cacheLocation() == null ? null : b.cacheLocation().kind().wireName());
        o.put("version", b.version());
        o.put("timeouts", b.timeouts());
        o.put("read_errors", b.readErrors());
        o.put("write_errors", b.writeErrors());
        ObjectNode reasons = o.putObject("non_cacheable_reasons");
        b.nonCacheableReasons().forEach(reasons::put);
        o.put("truncated", b.truncated());
    }

    private static void totals(ObjectNode o, CacheTotals t) {
        o.put("hits", t.hits());
        o.put("misses", t.misses());
        o.put("errors", t.errors());
        rate(o, t.hitRate());
    }

    private static void rate(ObjectNode o, HitRate rate) {
        if (rate.value() == null) {
            o.putNull("hit_rate_percent");
        } else if (rate.definition() == HitRate.Definition.SCCACHE_ACTION) {
            o.put("hit_rate_percent", rate.value().intValue());
        } else {
            o.put("hit_rate_percent", rate.value().doubleValue());
        }
        o.put("hit_rate_label", rate.label());
    }
}
