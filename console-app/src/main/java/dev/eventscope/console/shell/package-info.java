/**
 * The console's frame: the main window (navigation rail, centre screen, details pane, status bar),
 * the welcome and "coming soon" pages, and the view-models that tie the screens to one running
 * system. Screens themselves live in their feature packages (graph, trace, commands).
 */
package dev.eventscope.console.shell;
