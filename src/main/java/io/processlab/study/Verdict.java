package io.processlab.study;

/**
 * A prediction checked against the run's own trace.
 *
 * @param grade  how the prediction fared
 * @param answer what this run did, and the event that decides it; null when the run did not get
 *               so far ({@link Grade#UNDECIDED})
 * @param why    why the answer could be known before the run (from the settings), or why it could not
 */
public record Verdict(Grade grade, RunAnswer answer, Wording why) {
    /** How a prediction fared against one run. */
    public enum Grade {
        /** It is what the run did and it could be known; or it says "cannot be known", and it could not. */
        RIGHT,
        /** It is what this run did, but that could not be known: another run may differ. */
        LUCKY,
        /** It is not what the run did, or it says "cannot be known" of what could be. */
        WRONG,
        /** No answer was chosen. */
        UNANSWERED,
        /** The run's trace does not tell (it ended before it got there). */
        UNDECIDED;

        /** Whether the student answered (kept as answered). */
        public boolean answered() {
            return this == RIGHT || this == LUCKY || this == WRONG;
        }
    }

    /**
     * Grades {@code chosen} (a choice's id, or null) against what the run's trace answers.
     *
     * @param knowable whether the settings decide the answer before the run
     */
    public static Verdict grade(String chosen, RunAnswer answer, boolean knowable, Wording why) {
        if (answer == null) {
            return new Verdict(Grade.UNDECIDED, null, why);
        }
        if (chosen == null) {
            return new Verdict(Grade.UNANSWERED, answer, why);
        }
        Grade g;
        if (Choice.UNKNOWABLE.equals(chosen)) {
            g = knowable ? Grade.WRONG : Grade.RIGHT;
        } else if (chosen.equals(answer.id())) {
            g = knowable ? Grade.RIGHT : Grade.LUCKY;
        } else {
            g = Grade.WRONG;
        }
        return new Verdict(g, answer, why);
    }
}
