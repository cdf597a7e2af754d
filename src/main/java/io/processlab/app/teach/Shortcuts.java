package io.processlab.app.teach;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's keyboard shortcuts, each with the words the help overlay shows. They are caught
 * before any control (an event filter on the window's root), so they work wherever the focus is.
 */
final class Shortcuts {
    /**
     * One shortcut.
     *
     * @param keys the keys as the help shows them ("F5 / Ctrl+R")
     * @param what the bundle key of what it does
     * @param combos the key combinations
     * @param action what it does; false when it did nothing (the key then goes on to the controls)
     */
    record Shortcut(String keys, String what, List<KeyCombination> combos, BooleanSupplier action) {
        boolean matches(KeyEvent e) {
            return combos.stream().anyMatch(c -> c.match(e));
        }
    }

    private final List<Shortcut> all = new ArrayList<>();

    static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    static KeyCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    Shortcuts add(String keys, String what, BooleanSupplier action, KeyCombination... combos) {
        all.add(new Shortcut(keys, what, List.of(combos), action));
        return this;
    }

    List<Shortcut> all() {
        return List.copyOf(all);
    }

    /** Catches the shortcuts on their way to any node under {@code root}. */
    void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::handle);
    }

    void handle(KeyEvent e) {
        for (Shortcut s : all) {
            if (s.matches(e) && s.action().getAsBoolean()) {
                e.consume();
                return;
            }
        }
    }
}
