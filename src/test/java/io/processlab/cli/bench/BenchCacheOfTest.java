package io.processlab.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bench says which class cache the parent and its children map, from their JVM arguments. */
class BenchCacheOfTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "-Xmx1g -XX:AOTCache=/x/processlab-app.aot | aot",
        "-XX:SharedArchiveFile=/x/processlab-child.jsa -Xss512k | cds",
        "-Xmx1g -XX:AOTCacheOutput=/x/a.aot | none",
        "-Xshare:auto | none",
    })
    void namesTheCacheTheArgumentsMap(String args, String kind) {
        assertEquals(kind, BenchCommand.cacheOf(List.of(args.split(" "))));
    }
}
