package dev.eventscope.console.cli;

import java.io.Console;

/** The person at the keyboard, if there is one. */
public interface Terminal {
  /** True when someone can answer a question (standard input and output are a terminal). */
  boolean interactive();

  /** Asks and returns the answer, or null when the input ended. */
  String ask(String prompt);

  static Terminal system() {
    Console console = System.console();
    return new Terminal() {
      @Override
      public boolean interactive() {
        return console != null;
      }

      @Override
      public String ask(String prompt) {
        return console == null ? null : console.readLine("%s", prompt);
      }
    };
  }

  /** No terminal: scripts, CI, tests. */
  static Terminal none() {
    return new Terminal() {
      @Override
      public boolean interactive() {
        return false;
      }

      @Override
      public String ask(String prompt) {
        return null;
      }
    };
  }
}
