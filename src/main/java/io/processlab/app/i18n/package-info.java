/** The window's texts: the bundles of both languages, bindings that follow a switch, translated tabs. */
package io.processlab.app.i18n;
