package dev.eventscope.runtime.store.mongo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBoolean;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.types.Decimal128;

/**
 * Jackson trees to BSON and back, value by value. Going through JSON text and
 * {@code Document.parse} would read numbers back as whatever fits (a long field holding 5 comes
 * back as an int, a decimal as a double) and interpret {@code $}-keys as extended JSON; a direct
 * mapping keeps each number's kind, so documents read the same way they were written.
 */
final class BsonJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BsonJson() {}

  static BsonDocument toBson(ObjectNode object) {
    BsonDocument document = new BsonDocument();
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      document.put(field.getKey(), toBson(field.getValue()));
    }
    return document;
  }

  static BsonValue toBson(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) return BsonNull.VALUE;
    if (node.isObject()) return toBson((ObjectNode) node);
    if (node.isArray()) {
      BsonArray array = new BsonArray();
      node.forEach(element -> array.add(toBson(element)));
      return array;
    }
    if (node.isTextual()) return new BsonString(node.textValue());
    if (node.isBoolean()) return BsonBoolean.valueOf(node.booleanValue());
    if (node.isInt() || node.isShort()) return new BsonInt32(node.intValue());
    if (node.isLong()) return new BsonInt64(node.longValue());
    if (node.isBigInteger()) {
      BigInteger value = node.bigIntegerValue();
      return value.bitLength() < 64 ? new BsonInt64(value.longValue()) : new BsonDecimal128(new Decimal128(node.decimalValue()));
    }
    if (node.isBigDecimal()) return new BsonDecimal128(new Decimal128(node.decimalValue()));
    if (node.isNumber()) return new BsonDouble(node.doubleValue());
    if (node.isBinary()) return new BsonBinary(binary(node));
    return new BsonString(node.asText());
  }

  private static byte[] binary(JsonNode node) {
    try {
      return node.binaryValue();
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("unreadable binary value", e);
    }
  }

  static ObjectNode toJson(BsonDocument document) {
    ObjectNode object = NODES.objectNode();
    for (Map.Entry<String, BsonValue> field : document.entrySet()) object.set(field.getKey(), toJson(field.getValue()));
    return object;
  }

  static JsonNode toJson(BsonValue value) {
    switch (value.getBsonType()) {
      case DOCUMENT:
        return toJson(value.asDocument());
      case ARRAY:
        ArrayNode array = NODES.arrayNode();
        value.asArray().forEach(element -> array.add(toJson(element)));
        return array;
      case STRING:
        return NODES.textNode(value.asString().getValue());
      case BOOLEAN:
        return NODES.booleanNode(value.asBoolean().getValue());
      case INT32:
        return NODES.numberNode(value.asInt32().getValue());
      case INT64:
        return NODES.numberNode(value.asInt64().getValue());
      case DOUBLE:
        return NODES.numberNode(value.asDouble().getValue());
      case DECIMAL128:
        return DecimalNode.valueOf(value.asDecimal128().getValue().bigDecimalValue()); // exact: no zeros stripped
      case NULL:
      case UNDEFINED:
        return NODES.nullNode();
      case BINARY:
        return NODES.binaryNode(value.asBinary().getData());
      case DATE_TIME:
        // Written by other tools (we store instants as ISO text to keep their nanoseconds).
        return NODES.textNode(Instant.ofEpochMilli(value.asDateTime().getValue()).toString());
      case OBJECT_ID:
        return NODES.textNode(value.asObjectId().getValue().toHexString());
      default:
        return NODES.textNode(value.toString());
    }
  }
}
