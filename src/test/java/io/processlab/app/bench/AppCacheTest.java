package io.processlab.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The app's training JVM gets the options the app will run with, but none of caches, logs or debuggers. */
class AppCacheTest {
    @Test
    void theTrainingKeepsTheAppsOptionsAndDropsCachesLogsAndAgents() {
        List<String> own = List.of("-Dfile.encoding=UTF-8", "--enable-native-access=ALL-UNNAMED", "-XX:InitialHeapSize=64m",
                "-XX:AOTCache=/a/processlab-app.aot", "-XX:SharedArchiveFile=/a/x.jsa", "-Xlog:aot=off,cds=off", "-Xshare:auto",
                "-agentlib:jdwp=transport=dt_socket", "-Djava.class.path=/a/processlab.jar");
        assertEquals(List.of("-Dfile.encoding=UTF-8", "--enable-native-access=ALL-UNNAMED", "-XX:InitialHeapSize=64m"),
                AppCache.trainingOptions(own));
    }
}
