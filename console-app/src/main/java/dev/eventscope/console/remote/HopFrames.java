package dev.eventscope.console.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.HopListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /ws/flow} frames ({@code {"hops":[…]}} or {@code {"dropped":N}}) decoded into {@link Hop}s for a listener. */
final class HopFrames implements Consumer<String> {
  private static final Logger LOG = LoggerFactory.getLogger(HopFrames.class);

  private final ObjectMapper mapper;
  private final HopListener hops;

  HopFrames(ObjectMapper mapper, HopListener hops) {
    this.mapper = mapper;
    this.hops = hops;
  }

  @Override
  public void accept(String frame) {
    JsonNode tree;
    try {
      tree = mapper.readTree(frame);
    } catch (IOException e) {
      LOG.debug("a /ws/flow frame that is not JSON: {}", e.getMessage());
      return;
    }
    JsonNode list = tree.get("hops");
    if (list == null || !list.isArray()) {
      if (tree.has("dropped")) LOG.debug("the server dropped {} hops for this console (it fell behind)", tree.path("dropped").asLong());
      return;
    }
    List<Hop> batch = new ArrayList<>(list.size());
    for (JsonNode node : list) {
      try {
        batch.add(mapper.treeToValue(node, Hop.class));
      } catch (IOException | IllegalArgumentException e) {
        LOG.debug("skipped a hop that does not decode: {}", e.getMessage());
      }
    }
    if (!batch.isEmpty()) hops.onHops(batch);
  }
}
