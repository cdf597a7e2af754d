package io.processlab.view.timeline;

/**
 * A message drawn as an arrow: a put or send and the get or recv that took it (the trace gives
 * both the same {@code msg} number).
 *
 * @param msg the message number
 * @param fromPid the sender
 * @param fromUs when it was put or sent
 * @param toPid the receiver
 * @param toUs when it was taken
 * @param object the queue or pipe end
 * @param detail the value, as the trace shows it (may be null)
 */
public record Arrow(long msg, long fromPid, long fromUs, long toPid, long toUs, String object, String detail) {
}
