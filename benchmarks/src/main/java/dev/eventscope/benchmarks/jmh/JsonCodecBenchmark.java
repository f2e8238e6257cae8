package dev.eventscope.benchmarks.jmh;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The wire format's cost: an OrderPlaced envelope to JSON bytes and back (what every broker bus pays per event). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonCodecBenchmark {
  private JsonCodec codec;
  private Envelope<OrderPlaced> envelope;
  private byte[] json;

  @Setup
  public void prepare() {
    codec = new JsonCodec(OrderFulfilmentContracts.registry());
    OrderPlaced placed = new OrderPlaced(UUID.randomUUID(), "customer-1", JmhFixtures.LINES, 3_490, "EUR", null);
    envelope = Envelope.first(placed, codec.registry().of(placed).version(), OrderFulfilmentContracts.ORDERS)
        .inStream("order-1", 1);
    json = codec.encode(envelope);
  }

  @Benchmark
  public byte[] encodeOrderPlaced() {
    return codec.encode(envelope);
  }

  @Benchmark
  public Envelope<Message> decodeOrderPlaced() {
    return codec.decode(json);
  }
}
