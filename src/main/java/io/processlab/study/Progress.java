package io.processlab.study;

import io.processlab.study.Verdict.Grade;

/**
 * What a student has done, kept in a {@link KeptValues}: each question answered (and whether
 * right: once right it stays right), each challenge met. Counts are of the questions and
 * challenges there are ({@link Questions#all()}, {@link Challenges#all()}); a kept key that names
 * none of them is ignored.
 */
public final class Progress {
    static final String QUESTION = "question.";
    static final String CHALLENGE = "challenge.";
    static final String RIGHT = "right";
    static final String ANSWERED = "answered";
    static final String MET = "met";

    /** How far a student has come. */
    public record Counts(int answered, int right, int questions, int met, int challenges) {
    }

    private final KeptValues store;

    public Progress(KeptValues store) {
        this.store = store;
    }

    /** Keeps a checked prediction (an unanswered or undecided one is not kept). */
    public void answered(Question q, Grade grade) {
        if (!grade.answered()) {
            return;
        }
        if (!RIGHT.equals(store.get(QUESTION + q.id()))) {
            store.put(QUESTION + q.id(), grade == Grade.RIGHT ? RIGHT : ANSWERED);
        }
        store.flush();
    }

    /** Keeps a challenge met. */
    public void met(Challenge c) {
        store.put(CHALLENGE + c.id(), MET);
        store.flush();
    }

    public boolean isAnswered(Question q) {
        return store.get(QUESTION + q.id()) != null;
    }

    public boolean isRight(Question q) {
        return RIGHT.equals(store.get(QUESTION + q.id()));
    }

    public boolean isMet(Challenge c) {
        return MET.equals(store.get(CHALLENGE + c.id()));
    }

    public Counts counts() {
        int answered = 0;
        int right = 0;
        for (Question q : Questions.all()) {
            answered += isAnswered(q) ? 1 : 0;
            right += isRight(q) ? 1 : 0;
        }
        int met = (int) Challenges.all().stream().filter(this::isMet).count();
        return new Counts(answered, right, Questions.all().size(), met, Challenges.all().size());
    }

    /** Forgets everything done. */
    public void reset() {
        store.clear();
        store.flush();
    }
}
