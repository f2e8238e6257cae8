package dev.eventscope.runtime.trace.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventscope.runtime.trace.Hop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trace channel's wire format: UTF-8 JSON {@code {"process":"<id>","hops":[<Hop>...]}}, each
 * hop as Jackson writes the record. Unknown fields are ignored so a process of a newer version,
 * whose hops carry more, still reaches older consoles. A message that cannot be read is skipped
 * (logged at DEBUG): one bad message must not stop a reader that serves the whole fleet.
 */
public final class HopBatchCodec {
  private static final Logger LOG = LoggerFactory.getLogger(HopBatchCodec.class);

  private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public byte[] encode(String process, List<Hop> hops) {
    try {
      return json.writeValueAsBytes(new HopBatch(process, hops));
    } catch (JsonProcessingException e) {
      // Strings, UUIDs, numbers and an enum always serialize; this would be a bug here.
      throw new IllegalStateException("cannot write a hop batch", e);
    }
  }

  /** The batch, or empty when the message is not one (logged at DEBUG). */
  public Optional<HopBatch> decode(byte[] message) {
    try {
      HopBatch batch = json.readValue(message, HopBatch.class);
      if (batch == null || batch.process() == null) {
        LOG.debug("skipped a trace message that names no process: {}", preview(message));
        return Optional.empty();
      }
      return Optional.of(batch);
    } catch (IOException | RuntimeException e) {
      // Includes a batch without hops or with a null hop: the record refuses them.
      LOG.debug("skipped an unreadable trace message {}: {}", preview(message), e.toString());
      return Optional.empty();
    }
  }

  private static String preview(byte[] message) {
    if (message == null) return "null";
    String text = new String(message, 0, Math.min(message.length, 120), StandardCharsets.UTF_8);
    return message.length > 120 ? text + "..." : text;
  }
}
