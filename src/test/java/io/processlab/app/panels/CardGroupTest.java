package io.processlab.app.panels;

import static io.processlab.view.objects.Events.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.processlab.app.style.ProcessPalette;
import io.processlab.view.objects.Events;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The queue panel's cards as drawn: a run of identical poison pills as one card with its count, without a window. */
class CardGroupTest {
    private static final CardRow PILL = new CardRow("None", true, 0);
    private static final CardRow OTHER_PILL = new CardRow("None", true, 2);

    private static CardRow task(int i) {
        return new CardRow("[" + i + ", " + i + "]", false, 0);
    }

    /** Cards in, then the groups as "text×count" in their order. */
    static Stream<Arguments> queues() {
        return Stream.of(
                Arguments.of(List.of(), List.of()),
                Arguments.of(List.of(PILL), List.of("None×1")),
                Arguments.of(List.of(task(0), task(1), PILL, PILL, PILL, PILL, PILL),
                        List.of("[0, 0]×1", "[1, 1]×1", "None×5")),
                // a task put between the pills splits them: the order is the queue's
                Arguments.of(List.of(PILL, PILL, task(7), PILL), List.of("None×2", "[7, 7]×1", "None×1")),
                // pills put by two processes stay apart (their stripes tell who put them)
                Arguments.of(List.of(PILL, PILL, OTHER_PILL), List.of("None×2", "None×1")),
                // equal tasks are never merged: only pills are
                Arguments.of(List.of(task(3), task(3)), List.of("[3, 3]×1", "[3, 3]×1")));
    }

    @ParameterizedTest
    @MethodSource("queues")
    void consecutiveIdenticalPillsBecomeOneCardWithTheirCountInTheQueuesOrder(List<CardRow> cards, List<String> drawn) {
        assertEquals(drawn, CardGroup.of(cards).stream().map(g -> g.card().text() + "×" + g.count()).toList());
    }

    @Test
    void theViewModelGroupsTheTaskQueueAsItFollowsTheRun() {
        ProcessPalette palette = new ProcessPalette();
        palette.reset(MAIN);
        Events e = Events.of().e(MAIN, "create", "tasks", "JoinableQueue").e(MAIN, "create", "results", "Queue")
                .child(1, "queue.consumer");
        long msg = 1;
        for (int i = 0; i < 3; i++) {
            e.e(MAIN, "put", "tasks", "[" + i + ", " + i + "]", msg++);
        }
        for (int i = 0; i < 5; i++) {
            e.e(MAIN, "put", "tasks", "None", msg++);
        }
        QueueLessonViewModel vm = new QueueLessonViewModel();
        vm.update(e.fold(), palette);
        assertEquals(8, vm.tasks().size(), "the queue itself keeps every item");
        assertEquals(List.of(1, 1, 1, 5), vm.taskGroups().stream().map(CardGroup::count).toList());
        assertEquals(List.of(false, false, false, true), vm.taskGroups().stream().map(g -> g.card().poison()).toList());

        e.e(1, "get", "tasks", "[0, 0]", 1).e(1, "put", "results", "'0 * 0 = 0'", msg++);
        vm.update(e.fold(), palette);
        assertEquals(List.of("[1, 1]", "[2, 2]", "None"), vm.taskGroups().stream().map(g -> g.card().text()).toList());
        assertEquals(List.of(1), vm.resultGroups().stream().map(CardGroup::count).toList());

        vm.clear();
        assertEquals(List.of(), vm.taskGroups());
        assertEquals(List.of(), vm.resultGroups());
    }
}
