package dev.eventscope.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.message.Command;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.message.MessageKind;
import dev.eventscope.contracts.message.Query;
import dev.eventscope.contracts.registry.Contract;
import dev.eventscope.contracts.registry.ContractRegistry;
import dev.eventscope.runtime.mediator.Mediator;
import io.javalin.http.Context;

/** Commands and queries by registered type name, and the contract list. */
final class MessageRoutes {
  static final String SOURCE = "api";

  private final Mediator mediator;
  private final ContractRegistry registry;
  private final JsonCodec codec;
  private final ObjectMapper mapper;

  MessageRoutes(Mediator mediator, JsonCodec codec) {
    this.mediator = mediator;
    this.registry = codec.registry();
    this.codec = codec;
    this.mapper = codec.mapper();
  }

  void command(Context ctx) {
    Contract contract = contract(ctx.pathParam("type"), MessageKind.COMMAND);
    byte[] body = Requests.jsonBody(ctx);
    Command<Object> command = asCommand(codec.decodePayload(contract.name(), body));
    Envelope<Command<Object>> envelope = FlowHeaders.envelope(ctx, command, contract.name(), contract.version());
    Object result = mediator.dispatch(envelope);
    Json.ok(ctx, answer(envelope, result));
  }

  void query(Context ctx) {
    Contract contract = contract(ctx.pathParam("type"), MessageKind.QUERY);
    byte[] body = Requests.jsonBody(ctx);
    Envelope<Query<Object>> envelope = Envelope.first(asQuery(codec.decodePayload(contract.name(), body)), contract.version(), SOURCE);
    Object result = mediator.ask(envelope);
    Json.ok(ctx, answer(envelope, result));
  }

  void contracts(Context ctx) {
    ArrayNode list = mapper.createArrayNode();
    for (Contract contract : registry.all()) {
      list.addObject()
          .put("name", contract.name())
          .put("kind", contract.kind().jsonName())
          .put("context", contract.context())
          .put("version", contract.version())
          .set("schema", contract.schema());
    }
    Json.ok(ctx, list);
  }

  private Contract contract(String type, MessageKind kind) {
    Contract contract = registry.find(type).orElseThrow(() -> ApiProblem.notFound("Unknown " + kind.jsonName() + " type",
        "'" + Requests.shorten(type) + "' is not a registered " + kind.jsonName() + "; GET /api/contracts lists them"));
    if (contract.kind() != kind) {
      throw ApiProblem.notFound("Unknown " + kind.jsonName() + " type", "'" + type + "' is a " + contract.kind().jsonName()
          + ", not a " + kind.jsonName());
    }
    return contract;
  }

  private ObjectNode answer(Envelope<?> envelope, Object result) {
    ObjectNode answer = mapper.createObjectNode();
    answer.put("messageId", envelope.messageId().toString());
    answer.put("correlationId", envelope.correlationId().toString());
    answer.put("type", envelope.type());
    answer.set("result", mapper.valueToTree(result));
    return answer;
  }

  @SuppressWarnings("unchecked")
  private static Command<Object> asCommand(Message message) {
    return (Command<Object>) message;
  }

  @SuppressWarnings("unchecked")
  private static Query<Object> asQuery(Message message) {
    return (Query<Object>) message;
  }
}
