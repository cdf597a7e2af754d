package io.processlab.study;

/**
 * One answer a question offers.
 *
 * @param id    what the answer is, as a run's trace can say it too ("True", "Consumer-4", "5", or
 *              {@link #UNKNOWABLE})
 * @param words how it reads
 */
public record Choice(String id, Wording words) {
    /** The id of the answer "it cannot be known before the run". */
    public static final String UNKNOWABLE = "unknowable";

    public static Choice of(String id, String key, Object... args) {
        return new Choice(id, Wording.of(key, args));
    }

    /** "It cannot be known before the run." */
    public static Choice unknowable() {
        return of(UNKNOWABLE, "predict.choice.unknowable");
    }

    public boolean isUnknowable() {
        return UNKNOWABLE.equals(id);
    }
}
