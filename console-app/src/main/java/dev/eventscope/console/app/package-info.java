/**
 * Starting the console: {@link dev.eventscope.console.app.ConsoleLauncher} (the plain class the
 * CLI calls, which launches the JavaFX {@link dev.eventscope.console.app.ConsoleApp}), its
 * {@link dev.eventscope.console.app.ConsoleOptions}, the session that starts and stops the system off
 * the UI thread, the scenario started at launch and the self-screenshot used for docs and smoke checks.
 */
package dev.eventscope.console.app;
