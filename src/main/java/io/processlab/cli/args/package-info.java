/**
 * The command line's options, declared once per command and parsed in one place for {@code run},
 * {@code export}, {@code bench}, {@code bench --ui} and {@code screenshots}: a wrong one is
 * refused with a one-line reason in the user's language (from {@code resources/i18n/cli*.properties}).
 * Adding an option is one line: {@code .option("--fps", Value.whole(1, 60))}.
 */
package io.processlab.cli.args;
