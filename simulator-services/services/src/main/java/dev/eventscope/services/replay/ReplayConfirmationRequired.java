package dev.eventscope.services.replay;

/** A replay that must be confirmed before it starts; the message is the question to ask. */
public final class ReplayConfirmationRequired extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReplayConfirmationRequired(String question) {
    super(question);
  }

  public String question() {
    return getMessage();
  }
}
