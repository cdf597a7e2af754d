package io.processlab.app.fx;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Work handed to the JavaFX thread from another thread, with its result or failure as a future. */
public final class FxCall {
    private FxCall() {
    }

    /** Runs {@code work} on the FX thread; the future completes with its result or what it threw. */
    public static <T> CompletableFuture<T> supply(Supplier<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f;
    }
}
