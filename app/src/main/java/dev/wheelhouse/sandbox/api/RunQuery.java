package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.sandbox.http.ApiRequest;
import dev.wheelhouse.sandbox.state.SimulatedRun;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The filters of {@code GET …/actions/runs}: {@code event}, {@code branch}, {@code status} (a
 * status or a conclusion), {@code actor}, {@code head_sha}, {@code check_suite_id} and
 * {@code created} in GitHub's search date syntax ({@code 2026-06-02}, {@code >=2026-06-01},
 * {@code 2026-06-01..2026-06-03}, {@code 2026-06-01..*}).
 */
final class RunQuery {

    private static final Set<String> STATUSES = Set.of("queued", "in_progress", "completed", "waiting", "requested", "pending");

    private RunQuery() {
    }

    static List<SimulatedRun> filter(List<SimulatedRun> runs, ApiRequest request, Instant now) {
        Predicate<SimulatedRun> keep = r -> true;
        keep = keep.and(equal(request, "event", SimulatedRun::event));
        keep = keep.and(equal(request, "branch", SimulatedRun::headBranch));
        keep = keep.and(equal(request, "actor", r -> r.actor().login()));
        keep = keep.and(equal(request, "head_sha", SimulatedRun::headSha));
        keep = keep.and(equal(request, "check_suite_id", r -> Long.toString(r.checkSuiteId())));
        String status = request.query("status").orElse(null);
        if (status != null) {
            keep = keep.and(r -> {
                SimulatedRun.Attempt a = r.latest();
                return STATUSES.contains(status) ? status.equals(a.schedule().statusAt(now))
                        : status.equals(a.schedule().conclusionAt(now, a.cancelled()));
            });
        }
        String created = request.query("created").orElse(null);
        if (created != null) {
            Predicate<Instant> range = dates(created);
            keep = keep.and(r -> range.test(r.createdAt()));
        }
        return runs.stream().filter(keep).toList();
    }

    private static Predicate<SimulatedRun> equal(ApiRequest request, String name,
                                                 java.util.function.Function<SimulatedRun, String> field) {
        return request.query(name).<Predicate<SimulatedRun>>map(v -> r -> v.equals(field.apply(r))).orElse(r -> true);
    }

    /** A search date qualifier as a predicate; one GitHub would not understand matches nothing. */
    static Predicate<Instant> dates(String qualifier) {
        String q = qualifier.strip();
        try {
            if (q.contains("..")) {
                String[] ends = q.split("\\.\\.", 2);
                Instant from = ends[0].equals("*") ? Instant.MIN : start(ends[0]);
                Instant to = ends[1].equals("*") ? Instant.MAX : end(ends[1]);
                return t -> !t.isBefore(from) && t.isBefore(to);
            }
            if (q.startsWith(">=")) {
                Instant from = start(q.substring(2));
                return t -> !t.isBefore(from);
            }
            if (q.startsWith("<=")) {
                Instant to = end(q.substring(2));
                return t -> t.isBefore(to);
            }
            if (q.startsWith(">")) {
                Instant after = end(q.substring(1));
                return t -> !t.isBefore(after);
            }
            if (q.startsWith("<")) {
                Instant before = start(q.substring(1));
                return t -> t.isBefore(before);
            }
            Instant from = start(q);
            Instant to = end(q);
            return t -> !t.isBefore(from) && t.isBefore(to);
        } catch (DateTimeParseException e) {
            return t -> false;
        }
    }

    /** The first instant the date or timestamp covers. */
    private static Instant start(String text) {
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(text);
    }

    /** The first instant after the date (or just after the timestamp). */
    private static Instant end(String text) {
        return text.length() == 10 ? LocalDate.parse(text).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)
                : Instant.parse(text).plusNanos(1);
    }
}
