package dev.wheelhouse.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layers of DESIGN.md, enforced. */
class LayersTest {

    private static final String ROOT = "dev.wheelhouse";

    /** For each package, the other app packages it may use. Everything not listed is forbidden. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("workflow", Set.of()),
            Map.entry("cibw", Set.of("workflow")),
            Map.entry("history", Set.of()),
            Map.entry("logs", Set.of()),
            Map.entry("sccache", Set.of("history", "logs")),
            Map.entry("failures", Set.of("logs", "sccache")),
            Map.entry("github", Set.of()),
            Map.entry("runs", Set.of("github", "sccache", "history", "workflow", "cibw", "logs", "failures")),
            Map.entry("sandbox", Set.of("github", "workflow", "cibw")),
            Map.entry("cli", Set.of("workflow", "cibw", "github", "runs", "sccache", "history", "sandbox", "logs",
                    "failures")),
            Map.entry("ui", Set.of("workflow", "cibw", "github", "runs", "sccache", "history", "sandbox", "logs",
                    "failures")));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void onlyTheUiPackageUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".ui..")
                .and().doNotHaveFullyQualifiedName(ROOT + ".Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                        "atlantafx..", "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void theLauncherReachesJavaFxOnlyThroughTheUiPackage() {
        noClasses().that().haveFullyQualifiedName(ROOT + ".Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void domainPackagesKnowNothingOfHttp() {
        noClasses().that().resideInAnyPackage(ROOT + ".workflow..", ROOT + ".cibw..",
                        ROOT + ".sccache..", ROOT + ".history..", ROOT + ".logs..", ROOT + ".failures..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..",
                        "com.sun.net.httpserver..", "org.kohsuke.github..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theUiDoesNoRawHttpAndNoYamlParsing() {
        noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..",
                        "com.sun.net.httpserver..", "org.snakeyaml..", "org.kohsuke.github..")
                .check(classes);
    }

    static Stream<String> packages() {
        return ALLOWED.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0} uses only the packages it may")
    @MethodSource("packages")
    void dependenciesPointOnlyTheWaysDesignAllows(String pkg) {
        List<String> forbidden = new ArrayList<>();
        for (String other : ALLOWED.keySet()) {
            if (!other.equals(pkg) && !ALLOWED.get(pkg).contains(other)) {
                forbidden.add(ROOT + "." + other + "..");
            }
        }
        noClasses().that().resideInAPackage(ROOT + "." + pkg + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theRunsSubPackagesDependOnEachOtherOneWayOnly() {
        slices().matching(ROOT + ".runs.(*)..").should().beFreeOfCycles().check(classes);
    }
}
