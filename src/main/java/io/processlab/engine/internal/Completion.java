package io.processlab.engine.internal;

import com.google.gson.JsonElement;
import io.processlab.wire.RemoteError;

/** How the broker answers a call: exactly once, ok or failed. */
public interface Completion {
    void ok(JsonElement value);

    void fail(RemoteError error);

    /** A completion for calls nobody waits for; failures go to {@code onError}. */
    static Completion ignoring(java.util.function.Consumer<RemoteError> onError) {
        return new Completion() {
            @Override
            public void ok(JsonElement value) {
            }

            @Override
            public void fail(RemoteError error) {
                onError.accept(error);
            }
        };
    }
}
