/** Test support: the no-orphans check and targets that only tests run. */
package io.processlab.testing;
