package dev.wheelhouse.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules that keep {@code ui} a house of rooms: one composition root (the {@code ui} package
 * itself) above the screens, the screens above what they share. Each rule takes the root of the
 * {@code ui} tree it checks, so the test can prove on its own fixture that a rule fails.
 */
final class UiRules {

    /** The screen packages below the root: each one a room, importing none of the others. */
    static final List<String> SCREENS = List.of("matrix", "runs", "cache", "settings");

    /** The demo and screenshot hooks: wired by the root, reaching into screens, used by no screen. */
    static final List<String> HOOKS = List.of("demo");

    /** What the screens share, below all of them: none of it knows a screen. */
    static final List<String> SHARED = List.of("common", "connection", "grid", "launch", "shell", "startup", "task",
            "theme");

    /**
     * What only the composition root may make: whatever holds a connection, a thread, a file or a
     * server. Everyone else is handed the one the root made.
     */
    static final Set<String> SERVICES = Set.of(
            "dev.wheelhouse.github.GitHubClient", "dev.wheelhouse.github.TokenResolver",
            "dev.wheelhouse.github.GitHubCli", "dev.wheelhouse.github.KeychainSecretStore",
            "dev.wheelhouse.history.HistoryStore", "dev.wheelhouse.sandbox.Sandbox",
            "dev.wheelhouse.runs.watch.RunMonitor", "dev.wheelhouse.runs.stats.LogCache",
            "dev.wheelhouse.runs.poll.ExecutorPollTimer", "dev.wheelhouse.runs.dispatch.WorkflowDispatcher",
            "dev.wheelhouse.runs.dispatch.PushAndDispatch", "dev.wheelhouse.runs.dispatch.HistoryDispatchLog",
            "dev.wheelhouse.runs.catalog.WorkflowCatalog", "dev.wheelhouse.runs.caches.ActionsCaches",
            "dev.wheelhouse.runs.archive.HistoryRunArchive", "dev.wheelhouse.ui.task.FxTaskExecutor",
            "dev.wheelhouse.ui.connection.ConnectionManager", "dev.wheelhouse.ui.connection.ConnectedMonitor");

    private UiRules() {
    }

    /**
     * The floors of the house: the root wires everything and nobody calls it back; hooks are
     * reached from the root alone; screens from the root and the hooks; shared code from anyone.
     */
    static ArchRule roomsAreLayered(String ui) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Root").definedBy(ui)
                .layer("Hooks").definedBy(packagesOf(ui, HOOKS))
                .layer("Screens").definedBy(packagesOf(ui, SCREENS))
                .layer("Shared").definedBy(packagesOf(ui, SHARED))
                .whereLayer("Root").mayNotBeAccessedByAnyLayer()
                .whereLayer("Hooks").mayOnlyBeAccessedByLayers("Root")
                .whereLayer("Screens").mayOnlyBeAccessedByLayers("Root", "Hooks")
                .because("the ui root is the composition root: it hands each room what it uses");
    }

    /** A package nobody declared would escape the rules on screens: every one must be a known room. */
    static ArchRule everyPackageIsAKnownRoom(String ui) {
        List<String> rooms = new ArrayList<>(List.of(ui));
        rooms.addAll(List.of(packagesOf(ui, HOOKS)));
        rooms.addAll(List.of(packagesOf(ui, SCREENS)));
        rooms.addAll(List.of(packagesOf(ui, SHARED)));
        return classes().that().resideInAPackage(ui + "..")
                .should().resideInAnyPackage(rooms.toArray(String[]::new))
                .because("every new screen or shared package must be named in UiRules' lists, so the rules "
                        + "on screens see it (docs/architecture.md, \"Add a screen\")");
    }

    private static String[] packagesOf(String ui, List<String> names) {
        return names.stream().map(name -> ui + "." + name + "..").toArray(String[]::new);
    }

    static ArchRule noCyclesAmongSlices(String ui) {
        return slices().matching(ui + ".(*)..").should().beFreeOfCycles().allowEmptyShould(false);
    }

    static ArchRule screensDoNotImportEachOther(String ui) {
        SliceAssignment screens = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                for (String screen : SCREENS) {
                    String pkg = ui + "." + screen;
                    if (javaClass.getPackageName().equals(pkg) || javaClass.getPackageName().startsWith(pkg + ".")) {
                        return SliceIdentifier.of(screen);
                    }
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the screens " + SCREENS + " of " + ui;
            }
        };
        return slices().assignedFrom(screens).should().notDependOnEachOther();
    }

    static ArchRule viewModelsUseNoScene(String ui) {
        return noClasses().that().resideInAPackage(ui + "..").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("a view model is tested without a window: it holds state, never a control");
    }

    /** Launch options are parsed once, into {@code LaunchOptions}; everyone else is handed values. */
    static ArchRule onlyTheLaunchOptionsReadSystemProperties(String ui) {
        return noClasses().that().resideInAPackage(ui + "..").and().resideOutsideOfPackage(ui + ".launch..")
                .should().callMethod(System.class, "getProperty", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class, String.class)
                .orShould().callMethod(System.class, "getProperties")
                .orShould().callMethod(Boolean.class, "getBoolean", String.class)
                .orShould().callMethod(Integer.class, "getInteger", String.class)
                .orShould().callMethod(Long.class, "getLong", String.class)
                .because("every wheelhouse.* option is read once at start, into LaunchOptions");
    }

    static ArchRule onlyTheRootConstructsServices(String ui, Set<String> services) {
        DescribedPredicate<JavaCall<?>> makesAService = new DescribedPredicate<>(
                "make a service (call its constructor or a static factory returning it)") {
            @Override
            public boolean test(JavaCall<?> call) {
                if (call instanceof JavaConstructorCall) {
                    return services.contains(call.getTargetOwner().getName());
                }
                return call instanceof JavaMethodCall && call.getTarget().resolveMember()
                        .filter(method -> method.getModifiers().contains(JavaModifier.STATIC))
                        .filter(method -> services.contains(method.getRawReturnType().getName())).isPresent();
            }
        };
        return noClasses().that().resideInAPackage(ui + "..").and().resideOutsideOfPackage(ui)
                .should().callCodeUnitWhere(makesAService)
                .because("each screen is handed the services the composition root made for it");
    }
}
