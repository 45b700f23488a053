package dev.wheelhouse.cibw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cibuildwheel releases Wheelhouse models, read from the resources
 * {@code /dev/wheelhouse/cibw/releases/} that {@code tools/cibw-catalog/generate.py} wrote: an index of
 * every release (with its commit and the floating tags that point at it) and one file per distinct
 * model, read the first time a workflow pins a release that uses it.
 */
public final class ReleaseModels {

    private static final String FOLDER = "/dev/wheelhouse/cibw/releases/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReleaseModels BUNDLED = new ReleaseModels();

    private final NavigableMap<CibuildwheelRelease, String> files = new TreeMap<>();
    private final Map<String, CibuildwheelRelease> commits = new LinkedHashMap<>();
    private final Map<String, CibuildwheelRelease> floatingTags = new LinkedHashMap<>();
    private final Map<String, ReleaseModel> loaded = new ConcurrentHashMap<>();

    private ReleaseModels() {
        JsonNode index = read("index.json");
        index.get("releases").fields().forEachRemaining(e ->
                files.put(CibuildwheelRelease.parse(e.getKey()).orElseThrow(), e.getValue().asText()));
        index.get("commits").fields().forEachRemaining(e ->
                commits.put(e.getKey(), CibuildwheelRelease.parse(e.getValue().asText()).orElseThrow()));
        index.get("floating_tags").fields().forEachRemaining(e ->
                floatingTags.put(e.getKey(), CibuildwheelRelease.parse(e.getValue().asText()).orElseThrow()));
    }

    /** The models bundled with the application. */
    public static ReleaseModels bundled() {
        return BUNDLED;
    }

    /** Every release modelled, oldest first. */
    public Set<CibuildwheelRelease> releases() {
        return files.navigableKeySet();
    }

    public CibuildwheelRelease newest() {
        return files.lastKey();
    }

    public CibuildwheelRelease oldest() {
        return files.firstKey();
    }

    public boolean knows(CibuildwheelRelease release) {
        return files.containsKey(release);
    }

    /** The release a commit of pypa/cibuildwheel was tagged as, for {@code uses: pypa/cibuildwheel@<sha>}. */
    public Optional<CibuildwheelRelease> byCommit(String sha) {
        return Optional.ofNullable(commits.get(sha.toLowerCase(Locale.ROOT)));
    }

    /** The release a floating tag ({@code v3.1}) pointed at when the models were generated. */
    public Optional<CibuildwheelRelease> byFloatingTag(String tag) {
        String key = tag.startsWith("v") ? tag.substring(1) : tag;
        return Optional.ofNullable(floatingTags.get(key));
    }

    /** The model of a release Wheelhouse knows. */
    public Optional<ReleaseModel> model(CibuildwheelRelease release) {
        String file = files.get(release);
        if (file == null) {
            return Optional.empty();
        }
        ReleaseModel shared = loaded.computeIfAbsent(file, f -> parse(read(f)));
        return Optional.of(new ReleaseModel(release, shared.enable(), shared.archs(), shared.catalogs()));
    }

    /** The newest modelled release not newer than the given one, if any. */
    public Optional<CibuildwheelRelease> closestAtOrBefore(CibuildwheelRelease release) {
        return Optional.ofNullable(files.floorKey(release));
    }

    private static JsonNode read(String name) {
        try (InputStream in = ReleaseModels.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the cibuildwheel release models are missing from the application ("
                        + FOLDER + name + ")");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + name, e);
        }
    }

    private static ReleaseModel parse(JsonNode root) {
        List<ReleaseModel.Catalog> catalogs = new ArrayList<>();
        for (JsonNode catalog : root.get("catalogs")) {
            Platform platform = platform(catalog.get("platform").asText());
            List<CatalogBuild> builds = new ArrayList<>();
            for (JsonNode build : catalog.get("builds")) {
                String[] words = build.asText().split(" ");
                builds.add(new CatalogBuild(BuildIdentifier.parse(words[0]), architecture(words[1]),
                        List.of(words).subList(2, words.length)));
            }
            catalogs.add(new ReleaseModel.Catalog(platform, new LinkedHashSet<>(strings(catalog.get("hosts"))), builds));
        }
        // The release field is replaced by the caller: one file serves every release with the same model.
        return new ReleaseModel(new CibuildwheelRelease(0, 0, 0), enable(root.get("enable")), archs(root.get("archs")),
                catalogs);
    }

    private static EnableRules enable(JsonNode node) {
        List<EnableSwitch> switches = new ArrayList<>();
        for (JsonNode flag : node.get("flags")) {
            switches.add(new EnableSwitch(flag.get("env").asText(), text(flag.get("option")), flag.get("group").asText()));
        }
        return new EnableRules(node.get("option").asBoolean(), strings(node.get("groups")),
                optionalStrings(node.get("all")), optionalStrings(node.get("only")), switches,
                text(node.get("flag_conflict")), text(node.get("unknown_group")));
    }

    private static ArchsRules archs(JsonNode node) {
        Map<String, Map<Platform, Map<String, ArchsRules.Keyword>>> keywords = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> hosts = node.get("keywords").fields();
        while (hosts.hasNext()) {
            Map.Entry<String, JsonNode> host = hosts.next();
            Map<Platform, Map<String, ArchsRules.Keyword>> targets = new EnumMap<>(Platform.class);
            host.getValue().fields().forEachRemaining(target -> {
                Map<String, ArchsRules.Keyword> words = new LinkedHashMap<>();
                target.getValue().fields().forEachRemaining(word -> words.put(word.getKey(), keyword(word.getValue())));
                targets.put(platform(target.getKey()), words);
            });
            keywords.put(host.getKey(), targets);
        }
        return new ArchsRules(strings(node.get("names")), node.get("case_insensitive").asBoolean(), keywords,
                node.get("invalid").asText(), perPlatform(node.get("unsupported")), perPlatform(node.get("empty")),
                node.get("repr").asText());
    }

    /** A keyword's architectures, or {@code {"error": message}} where the release stopped. */
    private static ArchsRules.Keyword keyword(JsonNode node) {
        if (node.isObject()) {
            return new ArchsRules.Keyword(List.of(), Optional.of(node.get("error").asText()));
        }
        return new ArchsRules.Keyword(strings(node).stream().map(ReleaseModels::architecture).toList(), Optional.empty());
    }

    private static Map<Platform, String> perPlatform(JsonNode node) {
        Map<Platform, String> messages = new EnumMap<>(Platform.class);
        node.fields().forEachRemaining(e -> messages.put(platform(e.getKey()), e.getValue().asText()));
        return messages;
    }

    private static Platform platform(String name) {
        return Platform.fromOptionName(name).orElseThrow(() -> new IllegalStateException("unknown platform " + name));
    }

    private static Architecture architecture(String name) {
        return Architecture.fromOptionValue(name)
                .orElseThrow(() -> new IllegalStateException("unknown architecture " + name));
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Optional<List<String>> optionalStrings(JsonNode node) {
        return node == null || node.isNull() ? Optional.empty() : Optional.of(strings(node));
    }

    private static Optional<String> text(JsonNode node) {
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }
}
