/**
 * The {@code bench} command: CPython's multiprocessing peer's five jobs
 * ({@code ../shared/bench/py_peer.py}), done through the same API the lessons use.
 */
package io.processlab.cli.bench;
