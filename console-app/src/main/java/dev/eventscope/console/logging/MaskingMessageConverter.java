package dev.eventscope.console.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.eventscope.console.cli.UriMasking;

/** {@code %maskedMsg}: the log message with any {@code user:password@} in a URI masked. */
public final class MaskingMessageConverter extends MessageConverter {
  @Override
  public String convert(ILoggingEvent event) {
    return UriMasking.mask(super.convert(event));
  }
}
