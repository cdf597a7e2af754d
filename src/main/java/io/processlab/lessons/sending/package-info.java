/** Concept demo "sending": what can and cannot be sent to another process. */
package io.processlab.lessons.sending;
