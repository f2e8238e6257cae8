/**
 * The {@code eventscope} command line: one picocli command class per subcommand, the shared
 * options (store, data folder, bus) with their precedence flag &gt; environment &gt; settings file
 * &gt; default, and the exit codes scripts rely on (0 ok, 1 a consistency or expectation check
 * failed, 2 bad usage or the command could not run). The only package allowed to print.
 */
package dev.eventscope.console.cli;
