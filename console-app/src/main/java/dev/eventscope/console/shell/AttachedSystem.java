package dev.eventscope.console.shell;

import dev.eventscope.console.bus.BusControl;
import dev.eventscope.console.ui.HopFeed;
import dev.eventscope.console.ui.MessageCatalog;
import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.console.ui.UiTick;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.store.EventStore;
import java.util.concurrent.ExecutorService;

/**
 * What the window can use of a system served elsewhere ({@code --attach}): where it is
 * ({@code address}, never with the token), the hop feed its flow socket fills, its store read over
 * the API, its bus and status figures, and an action that places ten demo orders there. The tick,
 * executors and catalog play the same parts as in a {@code ConsoleContext}.
 */
public record AttachedSystem(String address, JsonCodec codec, UiExecutor ui, ExecutorService background, UiTick tick, HopFeed hops,
    EventStore events, BusControl bus, SystemStatus status, MessageCatalog messages, Runnable placeTenOrders) {}
