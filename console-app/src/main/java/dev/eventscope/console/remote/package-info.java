/**
 * The console attached to a system served elsewhere ({@code eventscope console --attach URL}): a
 * small HTTP client over the API, the {@code /ws/flow} socket that feeds the flow graph (and
 * {@code /ws/events}, whose event bodies the details pane shows), and
 * read-only stand-ins for the store, the bus and the status bar, so the screens that can work over
 * the API use their usual view-models unchanged.
 */
package dev.eventscope.console.remote;
