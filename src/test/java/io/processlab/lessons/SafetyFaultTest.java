package io.processlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.engine.Run;
import io.processlab.engine.RunListener;
import io.processlab.lessons.course.Lessons;
import io.processlab.testing.Canary;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.TraceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case 10 of issue 6 for input: settings never reach a child's command line, and opening a
 * trace file runs nothing it names.
 */
@ExtendWith(NoChildrenLeft.class)
class SafetyFaultTest {
    @Test
    void settingsThatLookLikeJvmOptionsOrShellCodeStayData(@TempDir Path dir) throws Exception {
        Path pwned = dir.resolve("pwned");
        Lesson pipe = Lessons.byId("pipe").orElseThrow();
        Settings settings = Settings.parsePairs(pipe.settings(), List.of(
                "message=[\"-XX:+UnlockDiagnosticVMOptions\", \"-cp /tmp\", \"$(touch " + pwned + ")\"]",
                "word=$(reboot); -Xmx1m"));
        Map<Long, List<String>> argv = new ConcurrentHashMap<>();
        try (Run run = new Run(Locale.ENGLISH)) {
            run.addListener(new RunListener() {
                @Override
                public void wire(long pid, boolean fromChild, String line) {
                    if (fromChild && !argv.containsKey(pid)) {
                        ProcessHandle.of(pid).flatMap(h -> h.info().arguments())
                                .ifPresent(a -> argv.put(pid, Arrays.asList(a)));
                    }
                }
            });
            pipe.run(run.main(), settings);
            assertTrue(run.awaitChildren(20));
            List<String> expected = run.launcher().command(run.parentPid());
            assertEquals(2, argv.size(), argv.toString());
            for (List<String> a : argv.values()) {
                assertEquals(expected.subList(1, expected.size()), a);
            }
            assertTrue(run.trace().events().stream().anyMatch(e -> e.text() != null
                    && e.text().contains("'$(touch " + pwned + ")'")), "the text arrived as data");
        }
        assertFalse(Files.exists(pwned));
    }

    @Test
    void openingATraceFileRunsNothingItNames(@TempDir Path dir) throws Exception {
        Path pwned = dir.resolve("pwned");
        String json = ("{'format':'processlab-trace','version':1,'lesson':'process',"
                + "'settings':{'children':64,'@type':'java.lang.Runtime'},"
                + "'processes':[{'pid':1,'name':'x','role':'child','target':'" + Canary.class.getName() + "'},"
                + "{'pid':2,'name':'y','role':'child','target':'chaos.die'}],"
                + "'events':[{'t_us':0,'pid':1,'name':'x','kind':'spawn','detail':'$(touch " + pwned + ")'},"
                + "{'t_us':1,'pid':2,'name':'y','kind':'print','text':'${jndi:ldap://127.0.0.1/x}'},"
                + "{'t_us':2,'pid':2,'name':'y','kind':'" + Canary.class.getName() + "','object':'java.lang.Runtime'}]}")
                .replace('\'', '"');
        Path file = dir.resolve("hostile.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        TraceFile.Recording r = TraceFile.load(file);

        assertEquals(3, r.trace().size());
        assertEquals("${jndi:ldap://127.0.0.1/x}", r.trace().get(1).text());
        assertEquals(Canary.class.getName(), r.trace().processes().get(0).target());
        assertNull(System.getProperty(Canary.PROPERTY), "a class named in the file was loaded");
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive), "a process was started");
        assertFalse(Files.exists(pwned));
    }
}
