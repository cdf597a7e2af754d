package io.processlab.study;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Values kept from one launch to the next: what a student has done ({@link Progress}), the
 * window's size and place. For the app the user's own preferences ({@link java.util.prefs}: on
 * Linux a file under ~/.java), for tests a map or a file in a folder of their own. A value that
 * cannot be kept is simply not kept: the window never fails for it.
 */
public interface KeptValues {
    /** The value of {@code key}, or null. */
    String get(String key);

    void put(String key, String value);

    /** Every key kept. */
    List<String> keys();

    /** Forgets every value. */
    void clear();

    /** Makes the values last (a no-op for a map). */
    default void flush() {
    }

    /** The user's preferences node {@code path} ("io/processlab/study"). */
    static KeptValues prefs(String path) {
        Preferences node = Preferences.userRoot().node(path);
        return new KeptValues() {
            @Override
            public String get(String key) {
                return node.get(key, null);
            }

            @Override
            public void put(String key, String value) {
                node.put(key, value);
            }

            @Override
            public List<String> keys() {
                try {
                    return List.of(node.keys());
                } catch (BackingStoreException e) {
                    return List.of();
                }
            }

            @Override
            public void clear() {
                try {
                    node.clear();
                } catch (BackingStoreException e) {
                    // nothing kept to forget
                }
            }

            @Override
            public void flush() {
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    // not kept this time
                }
            }
        };
    }

    /** Where the app keeps what a student has done. */
    static KeptValues studyPrefs() {
        return prefs("io/processlab/study");
    }

    /** Values in memory (screenshots, tests of one launch). */
    static KeptValues memory() {
        return new InMap(new TreeMap<>());
    }

    /**
     * Values in {@code folder}'s file {@code progress.properties}, read once and written whole on
     * {@link #flush()} (through a temporary file, so that a crash leaves the old one): a test's
     * "next launch" is a second one on the same folder. An unreadable file is nothing kept.
     */
    static KeptValues folder(Path folder) {
        Path file = folder.resolve("progress.properties");
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                p.clear();
            }
        }
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return new InMap(m) {
            @Override
            public void flush() {
                Properties out = new Properties();
                out.putAll(values());
                try {
                    Files.createDirectories(folder);
                    Path tmp = Files.createTempFile(folder, "progress", ".tmp");
                    try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
                        out.store(w, "ProcessLab");
                    }
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    // not kept this time
                }
            }
        };
    }

    /** Values in a map. */
    class InMap implements KeptValues {
        private final Map<String, String> m;

        InMap(Map<String, String> m) {
            this.m = m;
        }

        Map<String, String> values() {
            return m;
        }

        @Override
        public String get(String key) {
            return m.get(key);
        }

        @Override
        public void put(String key, String value) {
            m.put(key, value);
        }

        @Override
        public List<String> keys() {
            return List.copyOf(m.keySet());
        }

        @Override
        public void clear() {
            m.clear();
        }
    }
}
