package io.processlab.app.panels;

import io.processlab.app.style.ProcessPalette;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.Printed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Several cores: for each round (1, 2, ... N processes) its time, its speed-up, and the cores it used. */
public final class CoresLessonViewModel implements PanelModel {
    /**
     * One round of the demo.
     *
     * @param processes how many processes shared the job
     * @param primes the primes they counted
     * @param seconds how long it took
     * @param speedup the first round's time divided by this one's
     * @param cpus the cores its processes ran on (empty where the system does not tell)
     */
    public record Round(int processes, String primes, double seconds, double speedup, List<Integer> cpus) {
        /**
         * More cores than processes: some process moved from core to core during the round (a
         * process runs on one core at a time; the list is every core it was seen on).
         */
        public boolean moved() {
            return cpus.size() > processes;
        }
    }

    /**
     * Under what the rounds were measured, and why a speed-up may not show.
     *
     * @param available the cores ProcessLab's processes could use
     * @param load the machine's load average over the last minute (the higher of the run's start and end), or -1
     * @param reason null when the rounds show a speed-up (or too few rounds yet), else why not:
     *               "one_core", "busy" or "small"
     */
    public record Conditions(int available, double load, String reason) {
    }

    /**
     * A round of 2 or more processes shows the lesson's speed-up when it reaches at least this
     * share of the best possible (its number of processes, within the cores): 1.4x on 2 cores. Below it
     * the panel says why (1.21x on 2 cores went without a word, 1.19x had one).
     */
    static final double SHOWS_SHARE = 0.7;
    /**
     * A load average this share of the cores or more is a busy machine, the reason a round showed
     * little speed-up: other programs wanted half the cores (at 1.74 on 2 cores the panel blamed
     * the children's start-up alone, with "busy" kept for a load of 2 or more).
     */
    static final double BUSY_SHARE = 0.5;

    private final ReadOnlyIntegerWrapper machineCores = new ReadOnlyIntegerWrapper();
    private final javafx.beans.property.ReadOnlyObjectWrapper<Conditions> conditions =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final ObservableList<Round> rounds = FXCollections.observableArrayList();
    private final ObservableList<Round> roundsView = FXCollections.unmodifiableObservableList(rounds);

    /** The cores this machine has, as the demo printed them; 0 before. */
    public ReadOnlyIntegerProperty machineCoresProperty() {
        return machineCores.getReadOnlyProperty();
    }

    /** Under what the rounds were measured and why a speed-up may not show; null before the run told it. */
    public javafx.beans.property.ReadOnlyObjectProperty<Conditions> conditionsProperty() {
        return conditions.getReadOnlyProperty();
    }

    /** The rounds so far, one process first. */
    public ObservableList<Round> rounds() {
        return roundsView;
    }

    @Override
    public void update(ObjectsModel m, ProcessPalette palette) {
        Map<String, Double> metrics = m.metrics();
        List<Round> out = new ArrayList<>();
        int cores = 0;
        for (Printed p : m.prints()) {
            var machine = p.args("cores.machine");
            if (machine.isPresent()) {
                cores = Numbers.integer(machine.get().get(0), 0);
            }
            var round = p.args("cores.round");
            if (round.isPresent()) {
                List<String> a = round.get();
                int k = Numbers.integer(a.get(0), out.size() + 1);
                double speedup = metrics.getOrDefault("speedup." + k, Numbers.decimal(a.get(3), 0));
                out.add(new Round(k, a.get(1), Numbers.decimal(a.get(2), 0), speedup, cpus(a.get(4))));
            }
        }
        machineCores.set(cores);
        Lists.replace(rounds, out);
        conditions.set(conditions(metrics, out));
    }

    static Conditions conditions(Map<String, Double> metrics, List<Round> rounds) {
        Double available = metrics.get("cores.available");
        if (available == null) {
            return null;
        }
        int cores = available.intValue();
        double load = Math.max(metrics.getOrDefault("cores.load_start", -1.0), metrics.getOrDefault("cores.load_end", -1.0));
        double best = 0;
        boolean tried = false;
        for (Round r : rounds) {
            if (r.processes() >= 2) {
                tried = true;
                if (r.processes() <= Math.max(cores, 1)) {
                    best = Math.max(best, r.speedup() / r.processes());
                }
            }
        }
        String reason = null;
        if (tried && best < SHOWS_SHARE) {
            reason = cores <= 1 ? "one_core" : load >= cores * BUSY_SHARE ? "busy" : "small";
        }
        return new Conditions(cores, load, reason);
    }

    /** "[0, 3]" (the lesson's argument: the CPUs as Python prints a list) as a list; anything else as an empty one. */
    static List<Integer> cpus(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() < 3 || t.charAt(0) != '[' || t.charAt(t.length() - 1) != ']') {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        int from = 1;
        while (from < t.length()) {
            int comma = t.indexOf(", ", from);
            int end = comma < 0 ? t.length() - 1 : comma;
            String digits = t.substring(from, end);
            if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return List.of();
            }
            out.add(Integer.parseInt(digits));
            from = comma < 0 ? t.length() : comma + 2;
        }
        return List.copyOf(out);
    }

    @Override
    public void clear() {
        machineCores.set(0);
        rounds.clear();
        conditions.set(null);
    }
}
