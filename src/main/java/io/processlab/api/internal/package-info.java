/** Proxies of the shared objects: each turns a method call into a broker operation. */
package io.processlab.api.internal;
