package io.processlab.study;

import io.processlab.api.Texts;
import java.util.Locale;

/**
 * Why a run failed, as facts; {@link #words} says it in a language (the bundle {@code i18n/study}).
 *
 * @param why what kind of failure
 * @param subject who or what it concerns (a child's name, a program), or ""
 * @param detail the engine's or the interpreter's own account (an exit code, an error's message), or ""
 */
public record Failure(Why why, String subject, String detail) {
    /** The kinds of failure of one run. */
    public enum Why {
        /** The parent's script raised. */
        SCRIPT,
        /** A child did not end in time after the script. */
        NOT_ENDED,
        /** A child ended with another code than 0. */
        CHILD,
        /** The Python program ended with another code than 0. */
        EXIT_CODE,
        /** The Python program could not be started. */
        NO_START,
        /** Stop ended it. */
        STOPPED
    }

    public Failure {
        subject = subject == null ? "" : subject;
        detail = detail == null ? "" : detail;
    }

    public String words(Locale locale) {
        return Texts.from(Summary.BUNDLE, locale, "study.failure." + why.name().toLowerCase(Locale.ROOT), subject, detail);
    }
}
