package dev.eventscope.runtime.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonRegularExpression;
import org.bson.BsonString;
import org.bson.BsonTimestamp;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class BsonBytesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void a_sub_document_as_json_text_reads_as_the_driver_route_maps_it() throws Exception {
    BsonDocument payload = new BsonDocument()
        .append("text", new BsonString("quote \" backslash \\ tab \t newline \n bell \u0007 é 𝄞"))
        .append("int", new BsonInt32(-17))
        .append("long", new BsonInt64(Long.MAX_VALUE))
        .append("double", new BsonDouble(2.5e-7))
        .append("yes", BsonBoolean.TRUE)
        .append("nothing", BsonNull.VALUE)
        .append("decimal", new BsonDecimal128(new Decimal128(new BigDecimal("1234.5600"))))
        .append("at", new BsonDateTime(1_795_000_000_123L))
        .append("object", new BsonObjectId(new ObjectId("65a1b2c3d4e5f60718293a4b")))
        .append("bytes", new BsonBinary(new byte[] {0, 1, 2, (byte) 0xff}))
        .append("lines", new BsonArray(List.of(
            new BsonDocument("sku", new BsonString("SKU-1")).append("quantity", new BsonInt32(2)),
            new BsonDocument("sku", new BsonString("SKU-\"2\"")).append("quantity", new BsonInt32(1)))))
        .append("empty", new BsonDocument())
        .append("nested", new BsonDocument("deeper", new BsonArray(List.of(new BsonInt32(1), new BsonArray()))));

    JsonNode fast = MAPPER.readTree(payloadJson(new BsonDocument("_id", new BsonInt64(7)).append("payload", payload)));

    JsonNode driverRoute = BsonJson.toJson(payload);
    assertThat(fast.equals(SAME_VALUE, driverRoute)).as("%s%nvs%n%s", fast, driverRoute).isTrue();
  }

  @Test
  void kinds_it_does_not_map_are_refused_rather_than_guessed() {
    for (BsonDocument payload : List.of(new BsonDocument("when", new BsonTimestamp(5, 1)),
        new BsonDocument("pattern", new BsonRegularExpression("a+")), new BsonDocument("huge", new BsonDouble(Double.NaN)))) {
      assertThatThrownBy(() -> payloadJson(new BsonDocument("payload", payload))).isInstanceOf(BsonBytes.Unreadable.class);
    }
  }

  @Test
  void elements_are_found_by_name_and_read_by_kind_with_the_others_skipped() {
    RawBsonDocument raw = raw(new BsonDocument("_id", new BsonInt64(42)).append("skipMe", new BsonDocument("x", new BsonInt32(1)))
        .append("type", new BsonString("OrderPlaced")).append("version", new BsonInt32(3)));
    BsonBytes element = new BsonBytes(raw.getByteBuffer().array(), 0);
    long id = -1;
    String type = null;
    int version = -1;
    while (element.next()) {
      if (element.named("_id".getBytes()) && element.kind() == BsonBytes.INT64) id = element.int64();
      else if (element.named("type".getBytes())) type = element.string();
      else if (element.named("version".getBytes())) version = element.int32();
      else element.skip();
    }
    assertThat(id).isEqualTo(42);
    assertThat(type).isEqualTo("OrderPlaced");
    assertThat(version).isEqualTo(3);
  }

  private static byte[] payloadJson(BsonDocument document) {
    RawBsonDocument raw = raw(document);
    BsonBytes element = new BsonBytes(raw.getByteBuffer().array(), 0);
    while (element.next()) {
      if (element.named("payload".getBytes())) return element.documentAsJson();
      element.skip();
    }
    throw new AssertionError("no payload");
  }

  private static RawBsonDocument raw(BsonDocument document) {
    return new RawBsonDocument(document, new BsonDocumentCodec());
  }

  /** Numbers by value (a decimal read back from text is a double node), binary by its base64 text. */
  private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> {
    if (a.isNumber() && b.isNumber()) return a.decimalValue().compareTo(b.decimalValue());
    if (a.isBinary() || b.isBinary()) return a.asText().equals(b.asText()) ? 0 : 1;
    return a.equals(b) ? 0 : 1;
  };
}
