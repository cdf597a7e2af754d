/** The broker's shared objects: each keeps its state under its own monitor and answers outside it. */
package io.processlab.engine.internal;
