/**
 * The lesson panels' model: a pure fold over trace events ({@link io.processlab.view.objects.ObjectsModel#apply})
 * that gives, after any prefix of a run, each lock's holder and waiters, each queue's cards and
 * who holds which task, each event's flag and waiters, each pipe end's messages, and which pool
 * worker took which chunk. Replay at time t is the fold of the events up to t.
 */
package io.processlab.view.objects;
