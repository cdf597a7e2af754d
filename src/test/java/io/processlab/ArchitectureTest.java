package io.processlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of the design (docs/architecture.md), checked on the main classes. */
class ArchitectureTest {
    private static final String ROOT = "io.processlab";
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    private static String pkg(String layer) {
        return ROOT + "." + layer + "..";
    }

    private static String[] pkgs(String... layers) {
        return Arrays.stream(layers).map(ArchitectureTest::pkg).toArray(String[]::new);
    }

    /** Classes of the project outside {@code layers}. */
    private static DescribedPredicate<JavaClass> projectClassesOutside(String... layers) {
        List<String> allowed = Arrays.stream(layers).map(l -> ROOT + "." + l).collect(Collectors.toList());
        return DescribedPredicate.describe("project classes outside " + String.join(", ", layers), c -> {
            String p = c.getPackageName();
            return (p.equals(ROOT) || p.startsWith(ROOT + "."))
                    && allowed.stream().noneMatch(a -> p.equals(a) || p.startsWith(a + "."));
        });
    }

    /** Classes of {@code layer} may use, of the project, only {@code allowed} (and themselves). */
    private static void onlyDependsOn(String layer, String... allowed) {
        String[] own = new String[allowed.length + 1];
        own[0] = layer;
        System.arraycopy(allowed, 0, own, 1, allowed.length);
        noClasses().that().resideInAPackage(pkg(layer))
                .should().dependOnClassesThat(projectClassesOutside(own))
                .check(main);
    }

    /** The project's packages that have classes, e.g. {@code io.processlab.engine.internal}. */
    private static Set<String> packages() {
        return main.stream().map(JavaClass::getPackageName).filter(p -> p.equals(ROOT) || p.startsWith(ROOT + "."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void anInternalPackageIsUsedOnlyByItsParent() {
        Set<String> internals = packages().stream().filter(p -> p.endsWith(".internal"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(internals.containsAll(Set.of(ROOT + ".api.internal", ROOT + ".engine.internal")),
                "the internal packages this rule guards are gone or renamed: " + internals);
        for (String internal : internals) {
            String parent = internal.substring(0, internal.length() - ".internal".length());
            noClasses().that().resideOutsideOfPackages(parent, internal + "..")
                    .should().dependOnClassesThat().resideInAPackage(internal + "..")
                    .because(internal + " is " + parent + "'s own")
                    .check(main);
        }
    }

    @Test
    void noViewReadsTextWithRegularExpressions() {
        noClasses().that().resideInAnyPackage(pkgs("view", "app"))
                .should().dependOnClassesThat().resideInAPackage("java.util.regex..")
                .orShould().callMethod(String.class, "split", String.class)
                .orShould().callMethod(String.class, "split", String.class, int.class)
                .orShould().callMethod(String.class, "matches", String.class)
                .orShould().callMethod(String.class, "replaceAll", String.class, String.class)
                .orShould().callMethod(String.class, "replaceFirst", String.class, String.class)
                .because("views read the trace's typed fields, never its words (nor a bundle's)")
                .check(main);
    }

    @Test
    void theLayersAreThere() {
        Set<String> top = main.stream().map(JavaClass::getPackageName).filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0]).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(top.containsAll(List.of("api", "app", "child", "cli", "engine", "lessons", "python", "study", "trace", "wire")),
                top.toString());
    }

    @Test
    void onlyAppImportsJavafx() {
        noClasses().that().resideOutsideOfPackage(pkg("app"))
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
                .check(main);
    }

    @Test
    void theCoreLayersUseNoWindowToolkit() {
        noClasses().that().resideInAnyPackage(pkgs("wire", "api", "trace", "engine", "child", "lessons", "python", "study"))
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
                .check(main);
    }

    @Test
    void wireDependsOnNoOtherProjectPackage() {
        onlyDependsOn("wire");
    }

    @Test
    void apiDependsOnlyOnWire() {
        onlyDependsOn("api", "wire");
    }

    @Test
    void traceDependsOnlyOnWire() {
        onlyDependsOn("trace", "wire");
    }

    @Test
    void childDependsOnlyOnApiAndWireNeverOnEngineLessonsCliAppOrTrace() {
        onlyDependsOn("child", "api", "wire");
    }

    @Test
    void engineDoesNotDependOnLessonsCliAppOrChild() {
        noClasses().that().resideInAPackage(pkg("engine"))
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("lessons", "cli", "app", "child"))
                .check(main);
    }

    @Test
    void lessonsDoNotDependOnCliOrApp() {
        noClasses().that().resideInAPackage(pkg("lessons"))
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("cli", "app"))
                .check(main);
    }

    @Test
    void cliDoesNotDependOnApp() {
        noClasses().that().resideInAPackage(pkg("cli"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("app"))
                .check(main);
    }

    @Test
    void pythonRunsOnTraceAndWireOnly() {
        onlyDependsOn("python", "trace", "wire");
    }

    @Test
    void studyReadsRunsThroughTheEngineLessonsPythonAndTraceOnly() {
        onlyDependsOn("study", "lessons", "engine", "python", "trace", "wire", "api");
    }

    @Test
    void theStudysScreensReadRunsThroughTheStudyNeverTheEngine() {
        noClasses().that().resideInAPackage(pkg("app.study"))
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("app.screenshots",
                        "app.files", "app.timeline", "app.bench", "engine", "cli", "child"))
                .because("the study's screens (Predict, Run xN) read runs through the study and the main view model, never the engine's")
                .check(main);
    }

    @Test
    void viewRendersFromTraceAndWireOnly() {
        onlyDependsOn("view", "trace", "wire");
    }

    @Test
    void everyPackageHasAPackageInfo() {
        Set<String> packages = main.stream().map(JavaClass::getPackageName).filter(p -> p.startsWith(ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = main.stream().filter(c -> c.getSimpleName().equals("package-info"))
                .map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
        packages.removeAll(documented);
        assertEquals(Set.of(), packages, "packages without a package-info.java");
    }
}
