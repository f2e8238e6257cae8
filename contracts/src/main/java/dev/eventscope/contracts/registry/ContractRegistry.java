package dev.eventscope.contracts.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.message.MessageKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The single list of message types: name ↔ class ↔ context ↔ schema version ↔ JSON schema, plus the
 * upcasters that bring old stored versions up to date. Only registered types are ever decoded.
 */
public final class ContractRegistry {
  private final Map<String, Contract> byName;
  private final Map<Class<?>, Contract> byType;
  private final Map<String, Map<Integer, Upcaster>> upcasters;

  private ContractRegistry(Map<String, Contract> byName, Map<String, Map<Integer, Upcaster>> upcasters) {
    this.byName = Collections.unmodifiableMap(byName);
    Map<Class<?>, Contract> types = new HashMap<>();
    byName.values().forEach(contract -> types.put(contract.type(), contract));
    this.byType = Collections.unmodifiableMap(types);
    this.upcasters = upcasters;
  }

  public static Builder builder() {
    return new Builder();
  }

  public java.util.Optional<Contract> find(String name) {
    return java.util.Optional.ofNullable(byName.get(name));
  }

  public Contract require(String name) {
    Contract contract = byName.get(name);
    if (contract == null) throw new UnknownMessageTypeException(name);
    return contract;
  }

  public Contract of(Class<?> type) {
    Contract contract = byType.get(type);
    if (contract == null) throw new UnknownMessageTypeException(type.getSimpleName());
    return contract;
  }

  public Contract of(Message message) {
    return of(message.getClass());
  }

  public Collection<Contract> all() {
    return byName.values();
  }

  public List<Contract> ofKind(MessageKind kind) {
    return byName.values().stream().filter(contract -> contract.kind() == kind).toList();
  }

  /** Brings a stored payload from {@code version} up to the contract's current version. */
  public ObjectNode upcast(Contract contract, int version, ObjectNode payload) {
    if (version > contract.version()) throw new UnsupportedSchemaVersionException(contract.name(), version, contract.version());
    ObjectNode current = payload;
    for (int v = version; v < contract.version(); v++) {
      Upcaster upcaster = upcasters.getOrDefault(contract.name(), Map.of()).get(v);
      if (upcaster == null) {
        throw new UnsupportedSchemaVersionException(contract.name(), version, contract.version());
      }
      current = upcaster.upcast(current);
    }
    return current;
  }

  /** Collects contracts per bounded context; one call per message type. */
  public static final class Builder {
    private final Map<String, Contract> byName = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Upcaster>> upcasters = new HashMap<>();

    public Builder register(String context, Class<? extends Message> type) {
      return register(context, type, 1);
    }

    public Builder register(String context, Class<? extends Message> type, int version) {
      String name = type.getSimpleName();
      if (byName.containsKey(name)) throw new IllegalArgumentException("message type registered twice: " + name);
      if (!type.isRecord()) throw new IllegalArgumentException(name + " must be a record");
      byName.put(name, new Contract(name, type, MessageKind.of(type), context, version, RecordSchemas.of(type)));
      return this;
    }

    public Builder upcaster(Upcaster upcaster) {
      upcasters.computeIfAbsent(upcaster.type(), k -> new HashMap<>()).put(upcaster.fromVersion(), upcaster);
      return this;
    }

    public ContractRegistry build() {
      List<String> missing = new ArrayList<>();
      upcasters.keySet().forEach(name -> {
        if (!byName.containsKey(name)) missing.add(name);
      });
      if (!missing.isEmpty()) throw new IllegalArgumentException("upcasters for unregistered types: " + missing);
      return new ContractRegistry(new LinkedHashMap<>(byName), upcasters);
    }
  }
}
