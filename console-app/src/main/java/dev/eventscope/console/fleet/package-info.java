/**
 * The machinery behind {@code eventscope fleet}: the services as separate processes on loopback.
 * Free ports, detached child JVMs with a log file each, waiting until a child is ready (a line in
 * its log, or {@code GET /health}), tailing logs, stopping processes, and the state file's lines.
 * No printing here: progress goes to a callback the command line turns into output.
 */
package dev.eventscope.console.fleet;
