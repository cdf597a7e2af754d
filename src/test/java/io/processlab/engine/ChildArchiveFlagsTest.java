package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a child is given the class cache made at build (or install, or first-use) time. */
class ChildArchiveFlagsTest {
    @TempDir
    Path dir;

    private Path core;
    private String gson;

    private void jars() throws IOException {
        core = Files.writeString(dir.resolve("processlab-core.jar"), "core");
        gson = dir.resolve("gson.jar").toString();
        Files.setLastModifiedTime(core, FileTime.fromMillis(1_000_000));
    }

    private Path archive(String madeFor) throws IOException {
        return archive(madeFor, ClassCache.runtime());
    }

    private Path archive(String madeFor, String runtime) throws IOException {
        Path jsa = Files.writeString(dir.resolve(ChildArchive.fileName()), "jsa");
        Files.setLastModifiedTime(jsa, FileTime.fromMillis(2_000_000));
        if (madeFor != null) {
            Files.writeString(ClassCache.madeForFile(jsa), madeFor + System.lineSeparator() + runtime + System.lineSeparator());
        }
        return jsa;
    }

    private String cp(String... parts) {
        return String.join(File.pathSeparator, parts);
    }

    @ParameterizedTest(name = "made for {0}, used with {1}: {2}")
    @CsvSource({
        "core+gson, core+gson, true",
        "core+gson, core+gson+tests, true",
        "elsewhere, core+gson, false",
        "core, core+gson, true",
        "core+gson+tests, core+gson, false",
        "core+gsonx, core+gson, false",
    })
    void archiveIsUsedOnlyForTheClasspathItWasMadeFor(String madeFor, String actual, boolean used)
            throws IOException {
        jars();
        Path jsa = archive(expand(madeFor));
        List<String> expected = used ? List.of(ClassCache.ofThisJvm().useFlag(jsa)) : List.of();
        assertEquals(expected, ChildLauncher.archiveFlags(core, expand(actual)));
    }

    private String expand(String spec) {
        return switch (spec) {
            case "core" -> cp(core.toString());
            case "core+gson" -> cp(core.toString(), gson);
            case "core+gsonx" -> cp(core.toString(), gson + "x");
            case "core+gson+tests" -> cp(core.toString(), gson, dir.resolve("test-classes").toString());
            case "elsewhere" -> cp("/opt/elsewhere/processlab-core.jar", "/opt/elsewhere/gson.jar");
            default -> throw new IllegalArgumentException(spec);
        };
    }

    @Test
    void archiveWithoutItsClasspathFileIsNotUsed() throws IOException {
        jars();
        archive(null);
        assertEquals(List.of(), ChildLauncher.archiveFlags(core, cp(core.toString(), gson)));
    }

    @Test
    void archiveMadeByAnotherRuntimeIsNotUsed() throws IOException {
        jars();
        archive(cp(core.toString(), gson), "/opt/other-jdk 17.0.1+12");
        assertEquals(List.of(), ChildLauncher.archiveFlags(core, cp(core.toString(), gson)));
    }

    @Test
    void archiveOfTheOldFormatWithoutItsRuntimeIsNotUsed() throws IOException {
        jars();
        Path jsa = archive(null);
        Files.writeString(ClassCache.madeForFile(jsa), cp(core.toString(), gson) + System.lineSeparator());
        assertEquals(List.of(), ChildLauncher.archiveFlags(core, cp(core.toString(), gson)));
    }

    @ParameterizedTest(name = "Java {0}: {1}")
    @CsvSource({"17, CDS", "21, CDS", "24, CDS", "25, AOT", "26, AOT"})
    void theCacheKindFollowsTheJavaRelease(int feature, ClassCache kind) {
        assertEquals(kind, ClassCache.of(feature));
    }

    @Test
    void eachKindHasItsOwnFileAndFlags() {
        Path f = Path.of("/x/c.aot");
        assertEquals("-XX:AOTCacheOutput=/x/c.aot", ClassCache.AOT.makeFlag(f));
        assertEquals("-XX:AOTCache=/x/c.aot", ClassCache.AOT.useFlag(f));
        assertEquals("-XX:ArchiveClassesAtExit=/x/c.aot", ClassCache.CDS.makeFlag(f));
        assertEquals("-XX:SharedArchiveFile=/x/c.aot", ClassCache.CDS.useFlag(f));
        assertEquals("processlab-child.aot", ClassCache.AOT.fileName("processlab-child"));
        assertEquals("processlab-child.jsa", ClassCache.CDS.fileName("processlab-child"));
    }

    @Test
    void theUserCacheFolderDependsOnTheJarsPlace() throws IOException {
        jars();
        Path other = Files.createDirectories(dir.resolve("b")).resolve("processlab-core.jar");
        Files.writeString(other, "core");
        List<Path> places = ChildLauncher.cachePlaces(core);
        assertEquals(core.resolveSibling(ChildArchive.fileName()), places.get(0));
        if (places.size() > 1) {
            assertNotEquals(places.get(1), ChildLauncher.cachePlaces(other).get(1));
        }
    }

    @Test
    void archiveOlderThanTheCoreJarIsNotUsed() throws IOException {
        jars();
        Path jsa = archive(cp(core.toString(), gson));
        Files.setLastModifiedTime(jsa, FileTime.fromMillis(500_000));
        assertEquals(List.of(), ChildLauncher.archiveFlags(core, cp(core.toString(), gson)));
    }

    @Test
    void classesOutsideAJarGetNoArchive() throws IOException {
        jars();
        archive(cp(dir.toString(), gson));
        assertEquals(List.of(), ChildLauncher.archiveFlags(dir, cp(dir.toString(), gson)));
        assertEquals(List.of(), ChildLauncher.archiveFlags(null, cp(dir.toString(), gson)));
    }
}
