/**
 * The trace screen: one flow (a correlation id) as its causation tree — the command, the events it
 * caused, the saga's commands those caused, and so on — with each message's hops, timings and
 * outcome. {@link dev.eventscope.console.trace.HopLog} keeps recent flows' hops;
 * {@link dev.eventscope.console.trace.TraceTreeModel} builds the tree from hops in any order.
 */
package dev.eventscope.console.trace;
