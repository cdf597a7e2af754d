package io.processlab.engine;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The ahead-of-time class cache a JVM can make and map: from Java 25 on, the AOT cache (JEP 483:
 * classes loaded and linked, JEP 514: made in one step with {@code -XX:AOTCacheOutput}, JEP 515:
 * with the training run's method profiles); before, a dynamic class-data-sharing archive
 * ({@code -XX:ArchiveClassesAtExit}). A cache is only valid for the runtime and the classpath it
 * was made with, so each is written with a small text file beside it that names them
 * ({@link #madeForFile}): the classpath on the first line, the runtime on the second. The
 * children's cache ({@link ChildArchive}) and the window's ({@code app.AppCache}) use it.
 */
public enum ClassCache {
    /** Java 25 and later: {@code -XX:AOTCacheOutput} / {@code -XX:AOTCache}. */
    AOT(".aot", "-XX:AOTCacheOutput=", "-XX:AOTCache="),
    /** Java 17 to 24: {@code -XX:ArchiveClassesAtExit} / {@code -XX:SharedArchiveFile}. */
    CDS(".jsa", "-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile=");

    /** The first Java whose {@code java} has {@code -XX:AOTCacheOutput} (JEP 514). */
    public static final int AOT_FEATURE = 25;

    private final String extension;
    private final String makeFlag;
    private final String useFlag;

    ClassCache(String extension, String makeFlag, String useFlag) {
        this.extension = extension;
        this.makeFlag = makeFlag;
        this.useFlag = useFlag;
    }

    /** The kind of cache of a Java whose feature release is {@code feature}. */
    public static ClassCache of(int feature) {
        return feature >= AOT_FEATURE ? AOT : CDS;
    }

    /** The kind of cache of this JVM. */
    public static ClassCache ofThisJvm() {
        return of(Runtime.version().feature());
    }

    /** The cache's file name for {@code base}: {@code processlab-child} gives {@code processlab-child.aot}. */
    public String fileName(String base) {
        return base + extension;
    }

    /** The flag that makes the cache {@code file} from the run it is given to. */
    public String makeFlag(Path file) {
        return makeFlag + file;
    }

    /** The flag that maps the cache {@code file}. */
    public String useFlag(Path file) {
        return useFlag + file;
    }

    /** Beside {@code cache}: the file that says what it was made for. */
    public static Path madeForFile(Path cache) {
        return cache.resolveSibling(cache.getFileName() + ".classpath");
    }

    /**
     * This JVM as a cache knows it: its home and exact version (a cache made by another runtime
     * is refused by the JVM, with a warning on stderr).
     */
    public static String runtime() {
        return Path.of(System.getProperty("java.home")).toAbsolutePath().normalize() + " "
                + System.getProperty("java.vm.version");
    }

    /** Writes beside {@code cache} that it was made for {@code classpath} on this runtime. */
    public static void writeMadeFor(Path cache, String classpath) throws IOException {
        Files.writeString(madeForFile(cache), classpath + System.lineSeparator() + runtime() + System.lineSeparator());
    }

    /** Deletes the cache and what it was made for. */
    public static void delete(Path cache) throws IOException {
        Files.deleteIfExists(cache);
        Files.deleteIfExists(madeForFile(cache));
    }

    /**
     * Whether {@code cache} may be given to this runtime for {@code classpath}: it is there, no
     * older than {@code newest} (the jar it caches; null: not checked), made by this runtime, and
     * for a classpath that begins this one.
     */
    public static boolean usable(Path cache, Path newest, String classpath) {
        try {
            Path madeFor = madeForFile(cache);
            if (!Files.isRegularFile(cache) || !Files.isRegularFile(madeFor)) {
                return false;
            }
            if (newest != null && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(newest)) < 0) {
                return false;
            }
            List<String> lines = Files.readAllLines(madeFor);
            return lines.size() >= 2 && lines.get(1).strip().equals(runtime())
                    && startsWithEntries(classpath, lines.get(0).strip());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the classpath {@code cp} begins with all the entries of {@code prefix}. */
    static boolean startsWithEntries(String cp, String prefix) {
        return !prefix.isEmpty()
                && (cp.equals(prefix) || cp.startsWith(prefix + File.pathSeparator));
    }
}
