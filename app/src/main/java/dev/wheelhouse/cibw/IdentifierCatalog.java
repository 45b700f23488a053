package dev.wheelhouse.cibw;

import java.util.List;
import java.util.Optional;

/**
 * The builds a pinned cibuildwheel release can make, and the rules it selects them by, from the
 * model generated from that release ({@link ReleaseModels}). A pin Wheelhouse has no model for is
 * planned with the closest model, and {@link #note()} says which.
 */
public final class IdentifierCatalog {

    private final CibuildwheelRelease pinned;
    private final ReleaseModel model;
    private final Optional<String> note;

    private IdentifierCatalog(CibuildwheelRelease pinned, ReleaseModel model, Optional<String> note) {
        this.pinned = pinned;
        this.model = model;
        this.note = note;
    }

    /** The newest release Wheelhouse has a model of; assumed when a workflow does not pin a version. */
    public static CibuildwheelRelease latestKnown() {
        return ReleaseModels.bundled().newest();
    }

    /**
     * The catalog of a release: its own model, or for a version Wheelhouse does not know, the newest
     * model not newer than it (or the newest of all, for a release newer than every model). Empty
     * before the oldest model (2.0.0).
     */
    public static Optional<IdentifierCatalog> forRelease(CibuildwheelRelease release) {
        ReleaseModels models = ReleaseModels.bundled();
        if (models.knows(release)) {
            return models.model(release).map(m -> new IdentifierCatalog(release, m, Optional.empty()));
        }
        if (release.compareTo(models.newest()) > 0) {
            CibuildwheelRelease newest = models.newest();
            return models.model(newest).map(m -> new IdentifierCatalog(release, m, Optional.of("cibuildwheel "
                    + release + " is newer than the releases Wheelhouse knows; listing what " + newest + " builds")));
        }
        return models.closestAtOrBefore(release).flatMap(closest -> models.model(closest)
                .map(m -> new IdentifierCatalog(release, m, Optional.of("cibuildwheel " + release
                        + " is not a release Wheelhouse knows; listing what " + closest + ", the release before it,"
                        + " builds"))));
    }

    /** The release the workflow pins. */
    public CibuildwheelRelease release() {
        return pinned;
    }

    /** The release whose model the plan uses: the pinned one, or the closest Wheelhouse knows. */
    public CibuildwheelRelease modelRelease() {
        return model.release();
    }

    /** Why the plan uses another release's model, when it does. */
    public Optional<String> note() {
        return note;
    }

    /** Whether the release is newer than every release Wheelhouse has a model of. */
    public boolean newerThanKnown() {
        return pinned.compareTo(latestKnown()) > 0;
    }

    public EnableRules enable() {
        return model.enable();
    }

    public ArchsRules archs() {
        return model.archs();
    }

    /**
     * Every build of a platform the release can make on a runner ({@code ArchsRules.hostKey}), in
     * its build order; empty when the model has no list for that runner.
     */
    public Optional<List<CatalogBuild>> builds(Platform platform, String host) {
        return model.builds(platform, host);
    }
}
