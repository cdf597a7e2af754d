package io.processlab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Case 9 of issue 6 for trace files: a file broken in any way is refused with what is wrong. */
class TraceFileFaultTest {
    private static final String HEAD = "{'format':'processlab-trace','version':2,'lesson':'queue',";
    private static final String EVENT = "{'t_us':5,'pid':7,'name':'p','kind':'print'}";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "empty file           |                                                            | EMPTY         | the file is empty",
        "only blanks          | '   '                                                      | EMPTY         | the file is empty",
        "not JSON             | hello                                                      | NOT_JSON      | the file is not valid JSON (it may be cut short): a word without \"double quotes\" (only true, false and null are written bare) (column 1)",
        "cut short            | {'format':'processlab-trace','events':[{'t_us'             | NOT_JSON      | the text ends too early: a bracket, brace or quote is not closed (column 47)",
        "trailing comma       | HEAD'events':[],}                                          | NOT_JSON      | is expected (a comma too many?) (column 72)",
        "nested too deep      | HEAD'events':[DEEP]}                                       | NOT_JSON      | lists and objects are nested more than 64 levels deep",
        "a list               | [1,2]                                                      | NOT_A_TRACE   | the file is JSON but not a ProcessLab trace",
        "no format            | {'version':1,'events':[]}                                  | NOT_A_TRACE   | no \"format\":\"processlab-trace\"",
        "other format         | {'format':'chrome-trace','events':[]}                      | NOT_A_TRACE   | no \"format\":\"processlab-trace\"",
        "newer version        | {'format':'processlab-trace','version':3,'events':[]}      | NEWER_VERSION | format version 3, newer than this ProcessLab reads (2)",
        "version beyond an int | {'format':'processlab-trace','version':4294967297,'events':[]} | NEWER_VERSION | format version 4294967297, newer than this ProcessLab reads (2)",
        "version beyond a long | {'format':'processlab-trace','version':1e30,'events':[]}   | NEWER_VERSION | format version 1000000000000000000000000000000, newer",
        "negative version     | {'format':'processlab-trace','version':-1,'events':[]}     | BAD_EVENT     | the trace's \"version\" is not a version number (-1)",
        "version 0            | {'format':'processlab-trace','version':0,'events':[]}      | BAD_EVENT     | the trace's \"version\" is not a version number (0)",
        "version 1.5          | {'format':'processlab-trace','version':1.5,'events':[]}    | BAD_EVENT     | the trace's \"version\" is not a version number (1.5)",
        "no version           | {'format':'processlab-trace','events':[]}                  | MISSING_FIELD | the trace has no number \"version\"",
        "version as text      | {'format':'processlab-trace','version':'1','events':[]}    | BAD_EVENT     | the trace has no number \"version\"",
        "no events            | HEAD'processes':[]}                                        | MISSING_FIELD | the trace has no \"events\" list",
        "events not a list    | HEAD'events':{}}                                           | MISSING_FIELD | the trace has no \"events\" list",
        "event not an object  | HEAD'events':[3]}                                          | BAD_EVENT     | event 0 is not an object",
        "event without kind   | HEAD'events':[{'t_us':1,'pid':1}]}                         | BAD_EVENT     | event 0 has no \"kind\" word",
        "kind not a word      | HEAD'events':[{'t_us':1,'pid':1,'kind':{'x':1}}]}          | BAD_EVENT     | event 0 has no \"kind\" word",
        "event without time   | HEAD'events':[{'pid':1,'kind':'print'}]}                   | MISSING_FIELD | event 0 has no number \"t_us\"",
        "time as text         | HEAD'events':[{'t_us':'now','pid':1,'kind':'print'}]}      | BAD_EVENT     | event 0 has no number \"t_us\"",
        "time with a fraction | HEAD'events':[{'t_us':1.5,'pid':1,'kind':'print'}]}        | BAD_EVENT     | event 0: \"t_us\" is not a whole number that fits (1.5)",
        "time too large       | HEAD'events':[{'t_us':1e30,'pid':1,'kind':'print'}]}       | BAD_EVENT     | event 0: \"t_us\" is not a whole number that fits (1e30)",
        "negative time        | HEAD'events':[{'t_us':-4,'pid':1,'kind':'print'}]}         | BAD_EVENT     | event 0: \"t_us\" is negative",
        "events out of order  | HEAD'events':[EVENT,{'t_us':2,'pid':7,'kind':'exit'}]}     | BAD_EVENT     | event 1 is earlier than the one before it",
        "event without pid    | HEAD'events':[{'t_us':1,'kind':'print'}]}                  | MISSING_FIELD | event 0 has no number \"pid\"",
        "processes not a list | HEAD'processes':7,'events':[]}                             | MISSING_FIELD | the trace has no \"processes\" list",
        "process not object   | HEAD'processes':['p'],'events':[]}                         | BAD_EVENT     | process 0 is not an object",
        "process without pid  | HEAD'processes':[{'name':'p'}],'events':[]}                | MISSING_FIELD | process 0 has no number \"pid\"",
        "bad event, newer after | {'format':'processlab-trace','events':[3],'version':3}   | NEWER_VERSION | format version 3, newer than this ProcessLab reads (2)",
        "pid negative         | HEAD'events':[{'t_us':1,'pid':-3,'kind':'print'}]}         | BAD_EVENT     | event 0: \"pid\" is not a whole number from 0 to 4294967295 (-3)",
        "pid too large        | HEAD'events':[{'t_us':1,'pid':4294967296,'kind':'print'}]} | BAD_EVENT     | event 0: \"pid\" is not a whole number from 0 to 4294967295",
        "child pid too large  | HEAD'events':[EVENT,{'t_us':6,'pid':7,'kind':'spawn','child_pid':1e20}]} | BAD_EVENT | event 1: \"child_pid\" is not a whole number from 0 to 4294967295 (1e20)",
        "child pid as text    | HEAD'events':[{'t_us':6,'pid':7,'kind':'spawn','child_pid':'8'}]} | BAD_EVENT | event 0: \"child_pid\" is not a whole number",
        "exit code too large  | HEAD'events':[{'t_us':6,'pid':7,'kind':'exit','code':4294967297}]} | BAD_EVENT | event 0: \"code\" is not a whole number from -2147483648 to 2147483647 (4294967297)",
        "exit code fraction   | HEAD'events':[{'t_us':6,'pid':7,'kind':'exit','code':0.5}]} | BAD_EVENT    | event 0: \"code\" is not a whole number",
        "signal out of range  | HEAD'events':[{'t_us':6,'pid':7,'kind':'exit','code':1,'signal':99}]} | BAD_EVENT | event 0: \"signal\" is not a whole number from 1 to 64 (99)",
        "step seq 0           | HEAD'events':[{'t_us':6,'pid':7,'kind':'held','op':'get','seq':0}]} | BAD_EVENT | event 0: \"seq\" is not a whole number from 1",
        "step without op      | HEAD'events':[{'t_us':6,'pid':7,'kind':'held','seq':2}]} | BAD_EVENT      | event 0: it has no text \"op\"",
        "negative timeout     | HEAD'events':[{'t_us':6,'pid':7,'kind':'get-wait','timeout_s':-1}]} | BAD_EVENT | event 0: \"timeout_s\" is negative",
        "pool values not texts | HEAD'events':[{'t_us':6,'pid':7,'kind':'put','job':1,'chunk':0,'items':1,'values':[1]}]} | BAD_EVENT | event 0: \"values\" holds something that is not a text",
        "cycle member pid     | HEAD'events':[{'t_us':6,'pid':7,'kind':'deadlock','cycle':[{'pid':7,'held_by':-8}]}]} | BAD_EVENT | event 0, \"cycle\" member 0: \"held_by\" is not a whole number",
        "metric not an object | HEAD'events':[{'t_us':6,'pid':7,'kind':'metric','metric':3}]} | BAD_EVENT | event 0: \"metric\" is not an object",
        "metric value text    | HEAD'events':[{'t_us':6,'pid':7,'kind':'metric','metric':{'name':'a','value':'x'}}]} | BAD_EVENT | event 0, \"metric\": \"value\" is not a number",
        "bad event, other format | {'events':[3],'format':'chrome-trace','version':1}     | NOT_A_TRACE   | no \"format\":\"processlab-trace\"",
        "bad event, then cut    | HEAD'events':[3,{'t_us'                                 | NOT_JSON      | the text ends too early",
        "events, then not a list | HEAD'events':[],'events':7}                            | MISSING_FIELD | the trace has no \"events\" list",
    })
    void brokenFileIsRefusedSayingWhatIsWrong(String what, String text, TraceFormatException.Problem problem, String says)
            throws Exception {
        String json = (text == null ? "" : text).replace("HEAD", HEAD).replace("EVENT", EVENT)
                .replace("DEEP", "[".repeat(80) + "]".repeat(80)).replace('\'', '"');
        if (what.equals("only blanks")) {
            json = "   \n\t";
        }
        Path file = dir.resolve("broken.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceFile.load(file));
        assertEquals(problem, e.problem(), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertTrue(!e.getMessage().contains("Exception") && !e.getMessage().contains("path $"), e.getMessage());
    }

    @Test
    void fileThatIsNotUtf8TextIsRefused() throws Exception {
        Path file = dir.resolve("picture.json");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', (byte) 0xff, 0});
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceFile.load(file));
        assertEquals(TraceFormatException.Problem.NOT_JSON, e.problem());
        assertEquals("the file is not UTF-8 text, so it is not a trace (a trace is JSON text)", e.getMessage());
    }

    @Test
    void missingFileAndFolderAreRefused() {
        TraceFormatException missing = assertThrows(TraceFormatException.class, () -> TraceFile.load(dir.resolve("no.json")));
        assertEquals(TraceFormatException.Problem.UNREADABLE, missing.problem());
        assertEquals("there is no file " + dir.resolve("no.json"), missing.getMessage());
        TraceFormatException folder = assertThrows(TraceFormatException.class, () -> TraceFile.load(dir));
        assertEquals(TraceFormatException.Problem.UNREADABLE, folder.problem());
        assertEquals(dir + " is a folder, not a trace file", folder.getMessage());
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(TraceFile.MAX_BYTES + 1); // sparse: takes no disk space
        }
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceFile.load(file));
        assertEquals(TraceFormatException.Problem.TOO_LARGE, e.problem());
        assertEquals("the file is larger than 512 MiB", e.getMessage());
    }
}
