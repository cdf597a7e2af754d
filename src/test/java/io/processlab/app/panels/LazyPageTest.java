package io.processlab.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.style.ProcessPalette;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.course.Lessons;
import io.processlab.view.objects.ObjectsModel;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;

/** A lesson page is built when it is first needed, and then behaves as the page it wraps. */
class LazyPageTest {
    private final List<String> calls = new ArrayList<>();
    private int builds;

    private LessonPage recording(Lesson l) {
        builds++;
        Pane pane = new Pane();
        return new LessonPage() {
            @Override
            public Lesson lesson() {
                return l;
            }

            @Override
            public Node view() {
                return pane;
            }

            @Override
            public void show(ObjectsModel model, ProcessPalette palette) {
                calls.add("show");
            }

            @Override
            public void clear() {
                calls.add("clear");
            }

            @Override
            public void setCompact(boolean on) {
                calls.add("compact " + on);
            }
        };
    }

    @Test
    void nothingIsBuiltUntilTheViewIsAskedForThenOnlyOnce() {
        Lesson l = Lessons.all().get(0);
        LazyPage page = new LazyPage(l, this::recording);
        assertSame(l, page.lesson());
        assertEquals(l.id(), page.id());
        page.clear();
        assertFalse(page.built());
        assertEquals(0, builds);
        Node first = page.view();
        assertSame(first, page.view());
        assertEquals(1, builds);
        assertEquals(List.of(), calls, "the clear before it was built had nothing to clear");
        page.clear();
        assertEquals(List.of("clear"), calls);
    }

    @Test
    void aCompactLayoutAskedForBeforeItIsBuiltIsGivenWhenItIs() {
        LazyPage page = new LazyPage(Lessons.all().get(0), this::recording);
        page.setCompact(true);
        page.setCompact(false);
        page.setCompact(true);
        assertTrue(calls.isEmpty());
        page.show(null, null);
        assertEquals(List.of("compact true", "show"), calls);
        page.setCompact(false);
        assertEquals(List.of("compact true", "show", "compact false"), calls);
    }

    @Test
    void everyLessonHasAPageNotYetBuilt() {
        List<Lesson> all = Lessons.all();
        List<LessonPage> pages = LessonPages.create(new io.processlab.app.i18n.I18n(java.util.Locale.ENGLISH));
        assertEquals(all.size(), pages.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(all.get(i).id(), pages.get(i).id());
            assertFalse(((LazyPage) pages.get(i)).built(), pages.get(i).id());
        }
    }
}
