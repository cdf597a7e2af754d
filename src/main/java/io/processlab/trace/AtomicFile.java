package io.processlab.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file all at once: into a hidden temporary file beside it, then a rename, so a reader
 * never sees half a file. What is at the path is looked at first, and only an ordinary file is
 * ever replaced: a folder, a device, a pipe or a socket is refused
 * ({@link OutputPathException}); a symbolic link is followed and the file it names is written
 * (the link stays); a file with other hard links is rewritten in place once the whole content is
 * ready (the links stay); a replaced file keeps its permissions. A new file gets the usual
 * permissions (the umask's), unlike a {@code Files.createTempFile}. No folder is created. The
 * temporary file is removed when the JVM is ended by SIGTERM or Ctrl-C in the middle of a write.
 */
public final class AtomicFile {
    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The temporary files being written now and their writers, removed by the shutdown hook. */
    private static final java.util.Map<Path, Thread> PENDING = new ConcurrentHashMap<>();
    /** Threads whose writes are let finish while the JVM ends (another shutdown hook that saves a file). */
    private static final Set<Thread> KEEP = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private AtomicFile() {
    }

    public static void write(Path file, Content content) throws IOException {
        Path target = resolve(file.toAbsolutePath());
        BasicFileAttributes existing = check(target);
        Path tmp = target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        hook();
        PENDING.put(tmp, Thread.currentThread());
        try {
            try (OutputStream out = create(tmp, target)) {
                if (existing != null) {
                    keepPermissions(target, tmp);
                }
                content.writeTo(out);
            }
            if (existing != null && linkCount(target) > 1) {
                try (InputStream in = Files.newInputStream(tmp);
                        OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE,
                                StandardOpenOption.TRUNCATE_EXISTING)) {
                    in.transferTo(out);
                }
            } else {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            Files.deleteIfExists(tmp);
            PENDING.remove(tmp);
        }
    }

    /**
     * Refuses, as {@link #write} would, a path that cannot or must not be written (before a long
     * run whose output goes there).
     */
    public static void checkWritable(Path file) throws IOException {
        check(resolve(file.toAbsolutePath()));
    }

    /** Whether {@code a} and {@code b} are the same file (or would be, once written). */
    public static boolean same(Path a, Path b) {
        try {
            Path ra = resolve(a.toAbsolutePath());
            Path rb = resolve(b.toAbsolutePath());
            if (Files.exists(ra) && Files.exists(rb)) {
                return Files.isSameFile(ra, rb);
            }
            return ra.normalize().equals(rb.normalize());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** The path a symbolic link (or a chain of them, at most 16) leads to; other paths as they are. */
    private static Path resolve(Path p) throws IOException {
        Path at = p;
        for (int i = 0; i < 16 && Files.isSymbolicLink(at); i++) {
            Path to = Files.readSymbolicLink(at);
            at = at.resolveSibling(to).toAbsolutePath();
        }
        if (Files.isSymbolicLink(at)) {
            throw new OutputPathException(OutputPathException.Why.NOT_REGULAR, p);
        }
        return at;
    }

    /** Refuses a path that cannot or must not be written; the attributes of the file there, or null. */
    private static BasicFileAttributes check(Path target) throws IOException {
        Path dir = target.getParent();
        if (dir != null) {
            if (!Files.exists(dir)) {
                Path missing = dir;
                while (missing.getParent() != null && !Files.exists(missing.getParent())) {
                    missing = missing.getParent();
                }
                Path above = missing.getParent();
                if (above != null && !Files.isDirectory(above)) {
                    throw new OutputPathException(OutputPathException.Why.NOT_A_FOLDER, above);
                }
                throw new OutputPathException(OutputPathException.Why.NO_FOLDER, dir);
            }
            if (!Files.isDirectory(dir)) {
                throw new OutputPathException(OutputPathException.Why.NOT_A_FOLDER, dir);
            }
        }
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (a.isDirectory()) {
            throw new OutputPathException(OutputPathException.Why.IS_FOLDER, target);
        }
        if (!a.isRegularFile()) {
            throw new OutputPathException(OutputPathException.Why.NOT_REGULAR, target);
        }
        return a;
    }

    private static OutputStream create(Path tmp, Path target) throws IOException {
        try {
            return Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (NoSuchFileException | FileAlreadyExistsException e) {
            // the folder is there (checked) but takes no new file: /proc, /sys
            throw new OutputPathException(OutputPathException.Why.CANNOT_CREATE, target.getParent() == null ? target
                    : target.getParent());
        }
    }

    private static void keepPermissions(Path from, Path to) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(from);
            Files.setPosixFilePermissions(to, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the new file has the usual permissions
        }
    }

    private static int linkCount(Path p) {
        try {
            return ((Number) Files.getAttribute(p, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /** Once per JVM: a shutdown hook that removes the temporary files of writes cut short. */
    private static void hook() {
        if (hooked) {
            return;
        }
        synchronized (PENDING) {
            if (hooked) {
                return;
            }
            hooked = true;
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(AtomicFile::abandon, "atomic-file-cleanup"));
            } catch (IllegalStateException ending) {
                // a write from a shutdown hook (an interrupted run's trace): the JVM is ending already
            }
        }
    }

    /** Lets the writes of {@code t} (a shutdown hook that saves a file) finish while the JVM ends. */
    public static void keepWritesOf(Thread t) {
        KEEP.add(t);
    }

    /** Removes the temporary files of the writes going on now (the JVM is ending), but those of {@link #keepWritesOf}. */
    public static void abandon() {
        for (java.util.Map.Entry<Path, Thread> pending : java.util.Map.copyOf(PENDING).entrySet()) {
            if (KEEP.contains(pending.getValue())) {
                continue;
            }
            Path p = pending.getKey();
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // nothing more can be done while the JVM ends
            }
        }
    }
}
