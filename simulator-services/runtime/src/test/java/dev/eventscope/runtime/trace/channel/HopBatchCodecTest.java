package dev.eventscope.runtime.trace.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventscope.runtime.trace.Hop;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HopBatchCodecTest {
  private final HopBatchCodec codec = new HopBatchCodec();

  @Test
  void a_batch_comes_back_equal_with_its_process() {
    List<Hop> hops = List.of(TraceHops.hop("mediator"), TraceHops.rejected("handler:CancelOrder", "already shipped"));

    HopBatch batch = codec.decode(codec.encode("orders-1", hops)).orElseThrow();

    assertThat(batch.process()).isEqualTo("orders-1");
    assertThat(batch.hops()).containsExactlyElementsOf(hops);
  }

  @Test
  void writes_the_documented_wire_format() throws Exception {
    Hop hop = TraceHops.rejected("mediator", "no stock");

    JsonNode json = new ObjectMapper().readTree(codec.encode("p1", List.of(hop)));

    assertThat(json.get("process").asText()).isEqualTo("p1");
    assertThat(json.get("hops")).hasSize(1);
    JsonNode written = json.get("hops").get(0);
    assertThat(written.get("from").asText()).isEqualTo("mediator");
    assertThat(written.get("messageId").asText()).isEqualTo(hop.messageId().toString());
    assertThat(written.get("outcome").asText()).isEqualTo("REJECTED");
    assertThat(written.get("detail").asText()).isEqualTo("no stock");
    assertThat(written.get("replay").asBoolean()).isTrue();
  }

  @Test
  void skips_what_is_not_a_batch() {
    assertThat(codec.decode("not json".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(codec.decode("{\"hops\":[]}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(codec.decode("{\"process\":\"p\"}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(codec.decode("{\"process\":\"p\",\"hops\":[null]}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(codec.decode(new byte[0])).isEmpty();
  }

  @Test
  void reads_a_batch_from_a_newer_process_with_fields_it_does_not_know() {
    String json = "{\"process\":\"p\",\"version\":2,\"hops\":[{\"from\":\"a\",\"to\":\"b\",\"outcome\":\"OK\",\"startedAtMicros\":5,"
        + "\"zone\":\"eu\"}]}";

    HopBatch batch = codec.decode(json.getBytes(StandardCharsets.UTF_8)).orElseThrow();

    assertThat(batch.hops()).singleElement().satisfies(hop -> {
      assertThat(hop.from()).isEqualTo("a");
      assertThat(hop.startedAtMicros()).isEqualTo(5);
    });
  }
}
