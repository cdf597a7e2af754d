package io.processlab.engine;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes the children's class-data-sharing archive at build time: runs {@code ChildMain --train}
 * with the children's own flags and classpath and {@code -XX:ArchiveClassesAtExit}. A child
 * that maps the archive starts with its classes already parsed and verified.
 *
 * <p>Usage: {@code ChildArchive CORE_JAR GSON_JAR OUT.jsa}. The archive is only valid for the
 * jars at the paths it was made with (Java 17 cannot relocate it), so their classpath is written
 * beside it ({@link #CLASSPATH_FILE}); {@link ChildLauncher} uses the archive only for that
 * classpath and while it is newer than the core jar. The installer makes it again where the app
 * is installed.
 */
public final class ChildArchive {
    /** The archive's file name, beside the core jar. */
    public static final String FILE_NAME = "processlab-child.jsa";
    /** Beside the archive: the children's classpath the archive was made for. */
    public static final String CLASSPATH_FILE = FILE_NAME + ".classpath";

    private ChildArchive() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: ChildArchive CORE_JAR GSON_JAR OUT.jsa");
            System.exit(2);
        }
        Path out = Path.of(args[2]).toAbsolutePath().normalize();
        Path madeFor = out.resolveSibling(CLASSPATH_FILE);
        Files.deleteIfExists(out);
        Files.deleteIfExists(madeFor);
        String classpath = Path.of(args[0]).toAbsolutePath().normalize() + File.pathSeparator
                + Path.of(args[1]).toAbsolutePath().normalize();
        List<String> cmd = new ArrayList<>();
        cmd.add(ChildLauncher.javaExecutable().toString());
        cmd.addAll(ChildLauncher.FAST_START);
        cmd.add("-XX:ArchiveClassesAtExit=" + out);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(ChildLauncher.MAIN_CLASS);
        cmd.add("--train");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            System.err.println("ChildArchive: the training child did not end; no archive made");
            return;
        }
        if (p.exitValue() != 0 || !Files.exists(out)) {
            System.err.println("ChildArchive: no archive made (exit " + p.exitValue() + "); children start without it");
            return;
        }
        Files.writeString(madeFor, classpath + System.lineSeparator());
        System.out.println("ChildArchive: " + out + " (" + Files.size(out) / 1024 + " KiB)");
    }
}
