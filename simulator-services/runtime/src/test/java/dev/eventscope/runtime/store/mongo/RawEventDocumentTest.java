package dev.eventscope.runtime.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.store.StoreFixtures;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.StoredEventJson;
import java.util.List;
import java.util.UUID;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.Test;

class RawEventDocumentTest {
  private final StoredEventJson json = new StoredEventJson(StoreFixtures.CODEC);

  @Test
  void a_document_as_this_store_writes_it_is_read_from_its_bytes_with_every_field() {
    UUID orderId = UUID.randomUUID();
    Envelope<Event> placed = StoreFixtures.orderPlaced(orderId).inStream(orderId.toString(), 1);
    Event confirmation = StoreFixtures.orderConfirmed(orderId).payload();
    Envelope<Event> confirmed = placed.causes(confirmation, StoreFixtures.CODEC.registry().of(confirmation).version(), "orders")
        .inStream(orderId.toString(), 2);
    List<BsonDocument> documents = EventDocuments.commit(41, List.of(json.envelopeTree(placed), json.envelopeTree(confirmed)));

    assertThat(RawEventDocument.read(raw(documents.get(0)), json)).isEqualTo(new StoredEvent(41, placed));
    assertThat(RawEventDocument.read(raw(documents.get(1)), json)).isEqualTo(new StoredEvent(42, confirmed));
  }

  @Test
  void any_other_shape_is_left_to_the_whole_way_through_the_codec() {
    Envelope<Event> placed = StoreFixtures.orderPlaced(UUID.randomUUID()).inStream("order-1", 1);
    BsonDocument written = EventDocuments.commit(7, List.of(json.envelopeTree(placed))).get(0);

    BsonDocument dateTime = written.clone().append("occurredAt", new BsonDateTime(placed.occurredAt().toEpochMilli()));
    BsonDocument oldSchema = written.clone().append("schemaVersion", new BsonInt32(1));
    BsonDocument noPayload = written.clone();
    noPayload.remove("payload");

    assertThat(RawEventDocument.read(raw(dateTime), json)).isNull();
    assertThat(RawEventDocument.read(raw(oldSchema), json)).isNull();
    assertThat(RawEventDocument.read(raw(noPayload), json)).isNull();
  }

  private static RawBsonDocument raw(BsonDocument document) {
    return new RawBsonDocument(document, new BsonDocumentCodec());
  }
}
