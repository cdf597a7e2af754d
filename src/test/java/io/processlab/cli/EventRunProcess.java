package io.processlab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The CLI as a process of its own running the event lesson with 30 s waits (so its children stay
 * waiting until a test kills it), with every line it prints collected as it comes.
 *
 * @param cli the CLI's process
 * @param out the lines it printed so far (stdout and stderr)
 */
record EventRunProcess(Process cli, List<String> out) {
    static EventRunProcess start(String java, String classpath) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", classpath,
                "io.processlab.app.Main", "run", "event", "--set", "delay=30", "--set", "timeout=30", "--lang", "en");
        pb.redirectErrorStream(true);
        Process cli = pb.start();
        List<String> out = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(cli.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    out.add(line);
                }
            } catch (IOException gone) {
                // the CLI was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        return new EventRunProcess(cli, out);
    }
}
