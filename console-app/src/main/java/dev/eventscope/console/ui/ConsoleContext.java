package dev.eventscope.console.ui;

import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.simulation.RunProbe;
import java.util.concurrent.ExecutorService;

/**
 * What every screen of a running console may use: the system, the codec, the UI executor, a
 * background pool for blocking calls (sending a command, placing orders), the UI tick, the hop
 * feed the tick drains, the message catalog and the run probe a scenario watches its orders with
 * (a subscriber, so it is registered when the system starts). Built once the system has started.
 */
public record ConsoleContext(
    EventSystem system, JsonCodec codec, UiExecutor ui, ExecutorService background, UiTick tick, HopFeed hops, MessageCatalog messages,
    RunProbe probe) {}
