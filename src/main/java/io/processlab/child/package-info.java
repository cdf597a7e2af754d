/**
 * The child's side: {@link io.processlab.child.ChildMain} is the main class of every child JVM.
 * It says hello, receives its target by name, runs it with proxies of the shared objects, turns
 * its prints into messages, and ends when its parent or its stdin goes away. It never sees the
 * engine: only the wire and the API.
 */
package io.processlab.child;
