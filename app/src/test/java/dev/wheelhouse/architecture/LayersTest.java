package dev.wheelhouse.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The layers of DESIGN.md, enforced. */
class LayersTest {

    private static final String ROOT = "dev.wheelhouse";
    private static final Path ARCHITECTURE_MAP = Path.of("../docs/architecture.md");

    /**
     * For each package, the other app packages it may use; {@code github.model} is that part of
     * {@code github} alone. Everything not listed is forbidden. docs/architecture.md draws it.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "workflow", Set.of(),
            "cibw", Set.of("workflow"),
            "history", Set.of(),
            "sccache", Set.of("history"),
            "github", Set.of(),
            "runs", Set.of("github", "sccache", "history", "workflow", "cibw"),
            "sandbox", Set.of("github.model", "workflow", "cibw"),
            "cli", Set.of("workflow", "cibw", "github", "runs", "sccache", "history", "sandbox"),
            "ui", Set.of("workflow", "cibw", "github", "runs", "sccache", "history", "sandbox"));

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
                        ROOT + ".sccache..", ROOT + ".history..")
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
        Set<String> allowed = ALLOWED.get(pkg);
        DescribedPredicate<JavaClass> forbidden = DescribedPredicate.alwaysFalse();
        for (String other : ALLOWED.keySet()) {
            if (other.equals(pkg) || allowed.contains(other)) {
                continue;
            }
            DescribedPredicate<JavaClass> inOther = resideInAPackage(ROOT + "." + other + "..");
            for (String part : allowed) {
                if (part.startsWith(other + ".")) {
                    inOther = inOther.and(not(resideInAPackage(ROOT + "." + part + "..")));
                }
            }
            forbidden = forbidden.or(inOther);
        }
        noClasses().that().resideInAPackage(ROOT + "." + pkg + "..")
                .should().dependOnClassesThat(forbidden.as("a package %s may not use", pkg))
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * The layer table of docs/architecture.md is the map a newcomer reads: each row's last cell
     * ("may use") lists exactly the allow-list above, so the page cannot drift from the test.
     */
    @Test
    void theArchitectureMapListsTheSameLayers() throws IOException {
        Map<String, Set<String>> drawn = new TreeMap<>();
        Pattern row = Pattern.compile("^\\| `([a-z.]+)` \\|.*\\| ([^|]+) \\|$");
        Pattern name = Pattern.compile("`([a-z.]+)`");
        for (String line : Files.readAllLines(ARCHITECTURE_MAP)) {
            Matcher m = row.matcher(line);
            if (m.matches()) {
                Set<String> uses = new TreeSet<>();
                name.matcher(m.group(2)).results().forEach(r -> uses.add(r.group(1)));
                drawn.put(m.group(1), uses);
            }
        }
        Map<String, Set<String>> allowed = new TreeMap<>();
        ALLOWED.forEach((pkg, uses) -> allowed.put(pkg, new TreeSet<>(uses)));
        assertEquals(allowed, drawn, "the layer table of " + ARCHITECTURE_MAP);
    }

    @Test
    void theRunsSubPackagesDependOnEachOtherOneWayOnly() {
        slices().matching(ROOT + ".runs.(*)..").should().beFreeOfCycles().check(classes);
    }
}
