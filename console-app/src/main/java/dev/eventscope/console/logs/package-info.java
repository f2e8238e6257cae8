/**
 * The Logs screen: tails this run's log file (the one in the per-user state folder), keeps the last
 * lines, filters them by level and follows new ones as they are written.
 */
package dev.eventscope.console.logs;
