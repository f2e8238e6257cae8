package dev.eventscope.console.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import dev.eventscope.console.cli.UriMasking;

/** {@code %maskedEx}: the stack trace, with credentials in exception messages masked. */
public final class MaskingThrowableConverter extends ThrowableProxyConverter {
  @Override
  protected String throwableProxyToString(IThrowableProxy proxy) {
    return UriMasking.mask(super.throwableProxyToString(proxy));
  }
}
