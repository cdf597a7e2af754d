package io.processlab.app.panels;

import io.processlab.app.style.ProcessPalette;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.Printed;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Isolation: the parent's counter, list and static field before and after the child, beside
 * the child's copies as it got them and after it changed them; read from what each printed.
 */
public final class IsolationLessonViewModel implements PanelModel {
    /** The three values as a process printed them. */
    public record Values(String counter, String list, String global) {
        static Values of(List<String> args) {
            return new Values(args.get(0), args.get(1), args.get(2));
        }
    }

    private final ReadOnlyObjectWrapper<ProcChip> parent = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ProcChip> child = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Values> parentBefore = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Values> parentAfter = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Values> childGot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Values> childNow = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper sentBack = new ReadOnlyStringWrapper("");

    public ReadOnlyObjectProperty<ProcChip> parentProperty() {
        return parent.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ProcChip> childProperty() {
        return child.getReadOnlyProperty();
    }

    /** The parent's values before it started the child, or null. */
    public ReadOnlyObjectProperty<Values> parentBeforeProperty() {
        return parentBefore.getReadOnlyProperty();
    }

    /** The parent's values after the child ended, or null. */
    public ReadOnlyObjectProperty<Values> parentAfterProperty() {
        return parentAfter.getReadOnlyProperty();
    }

    /** The child's copies as it got them, or null. */
    public ReadOnlyObjectProperty<Values> childGotProperty() {
        return childGot.getReadOnlyProperty();
    }

    /** The child's copies after it changed them, or null. */
    public ReadOnlyObjectProperty<Values> childNowProperty() {
        return childNow.getReadOnlyProperty();
    }

    /** What the child sent back on the queue, or "". */
    public ReadOnlyStringProperty sentBackProperty() {
        return sentBack.getReadOnlyProperty();
    }

    @Override
    public void update(ObjectsModel m, ProcessPalette palette) {
        Values pb = null;
        Values pa = null;
        Values cg = null;
        Values cn = null;
        String back = "";
        ProcChip par = null;
        ProcChip ch = null;
        for (Printed p : m.prints()) {
            String t = p.text();
            var before = p.args("isolation.parent_before");
            var after = p.args("isolation.parent_after");
            var got = p.args("isolation.child_got");
            var now = p.args("isolation.child_now");
            var sent = p.args("isolation.sent_back");
            if (before.isPresent() || after.isPresent() || sent.isPresent()) {
                par = ProcChip.of(p.proc(), palette);
            }
            if (got.isPresent() || now.isPresent()) {
                ch = ProcChip.of(p.proc(), palette);
            }
            pb = before.map(Values::of).orElse(pb);
            pa = after.map(Values::of).orElse(pa);
            cg = got.map(Values::of).orElse(cg);
            cn = now.map(Values::of).orElse(cn);
            back = sent.map(a -> a.get(0)).orElse(back);
        }
        parent.set(par);
        child.set(ch);
        parentBefore.set(pb);
        parentAfter.set(pa);
        childGot.set(cg);
        childNow.set(cn);
        sentBack.set(back);
    }

    @Override
    public void clear() {
        parent.set(null);
        child.set(null);
        parentBefore.set(null);
        parentAfter.set(null);
        childGot.set(null);
        childNow.set(null);
        sentBack.set("");
    }
}
