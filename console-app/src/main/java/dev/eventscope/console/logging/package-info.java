/**
 * What a run's log may contain: logback converters that mask credentials in every line. Where the
 * log goes (one file per run under the per-user state folder, never the data folder, the last few
 * kept) is decided by {@link dev.eventscope.console.cli.LogFiles} before logback starts.
 */
package dev.eventscope.console.logging;
