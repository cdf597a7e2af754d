/** The window's look that code needs: one colour per process. */
package io.processlab.app.style;
