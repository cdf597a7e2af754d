package io.processlab.view.objects;

/**
 * A line a process printed, in the order the parent received it.
 *
 * @param proc who printed it
 * @param text what it printed
 */
public record Printed(Proc proc, String text) {
}
