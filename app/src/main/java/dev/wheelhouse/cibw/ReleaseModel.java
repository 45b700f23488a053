package dev.wheelhouse.cibw;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one cibuildwheel release decides about which wheels to build, as generated from that
 * release's own source ({@code tools/cibw-catalog/generate.py}): its identifiers per platform and
 * runner, their enable groups, and how it reads {@code enable} and {@code archs}.
 *
 * @param release  the release the model was generated from
 * @param enable   how it reads {@code enable}
 * @param archs    how it reads {@code archs}
 * @param catalogs its builds per platform, for the runners that see the same list
 */
public record ReleaseModel(CibuildwheelRelease release, EnableRules enable, ArchsRules archs, List<Catalog> catalogs) {

    /**
     * The builds of one platform as the release lists them on some runners: macOS on an Intel runner
     * leaves out PyPy and GraalPy for arm64, which it cannot build there.
     *
     * @param platform the target platform
     * @param hosts    the runners ({@code macos/arm64}) that see this list
     * @param builds   in the release's build order
     */
    public record Catalog(Platform platform, Set<String> hosts, List<CatalogBuild> builds) {

        public Catalog {
            Objects.requireNonNull(platform, "platform");
            hosts = Set.copyOf(hosts);
            builds = List.copyOf(builds);
        }
    }

    public ReleaseModel {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(enable, "enable");
        Objects.requireNonNull(archs, "archs");
        catalogs = List.copyOf(catalogs);
    }

    /** The builds of a platform on a runner ({@code macos/arm64}); empty when no catalog names that runner. */
    public Optional<List<CatalogBuild>> builds(Platform platform, String host) {
        return catalogs.stream().filter(c -> c.platform() == platform && c.hosts().contains(host))
                .map(Catalog::builds).findFirst();
    }
}
