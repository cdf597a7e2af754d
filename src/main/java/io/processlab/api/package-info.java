/**
 * The multiprocessing API that lesson code is written against, the same in the parent and in
 * every child: {@link io.processlab.api.Lock}, {@link io.processlab.api.Queue},
 * {@link io.processlab.api.JoinableQueue}, {@link io.processlab.api.Event},
 * {@link io.processlab.api.Connection}, the current process ({@link io.processlab.api.ProcessContext})
 * and registered {@link io.processlab.api.Target}s.
 *
 * <p>Every shared object lives in the parent's broker; what code holds is a proxy that sends
 * calls over a {@link io.processlab.api.Channel}. In a child the channel is the process's pipe;
 * in the parent it calls the broker directly. Either way the value crosses the same
 * encoding, so the parent cannot cheat by sharing memory.
 */
package io.processlab.api;
