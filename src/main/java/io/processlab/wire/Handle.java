package io.processlab.wire;

/**
 * A reference to a shared object that lives in the parent's broker (a lock, a queue, an event,
 * a pipe end). Sending a shared object to a child sends its handle; the child builds a proxy
 * from it, as Python's managers do.
 *
 * @param kind the object's kind, e.g. {@code Lock}, {@code Queue}, {@code Connection}
 * @param id the broker's id of the object
 */
public record Handle(String kind, String id) {
    /** Implemented by every proxy of a shared object, so that it can be sent. */
    public interface Shareable {
        Handle handle();
    }
}
