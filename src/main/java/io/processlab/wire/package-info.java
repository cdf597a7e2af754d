/**
 * The wire between the parent and its child processes: one compact JSON object per line,
 * UTF-8, parsed strictly with Gson, with a cap on the length of a line.
 *
 * <p>{@link io.processlab.wire.Message} is the only message type; {@link io.processlab.wire.WireCodec}
 * turns it into a line and back; {@link io.processlab.wire.LineReader} reads bounded lines;
 * {@link io.processlab.wire.Payloads} is the Java twin of pickle: it decides what may cross a
 * process boundary and copies it.
 */
package io.processlab.wire;
