package dev.eventscope.console.shell;

import dev.eventscope.console.commands.CommandComposerView;
import dev.eventscope.console.commands.CommandComposerViewModel;
import dev.eventscope.console.commands.CommandSender;
import dev.eventscope.console.commands.OrderPlacer;
import dev.eventscope.console.bus.BusView;
import dev.eventscope.console.bus.BusViewModel;
import dev.eventscope.console.events.EventsScreen;
import dev.eventscope.console.playback.DispatcherControls;
import dev.eventscope.console.playback.PlaybackViewModel;
import dev.eventscope.console.playback.TrainerBar;
import dev.eventscope.console.deadletters.DeadLettersView;
import dev.eventscope.console.deadletters.DeadLettersViewModel;
import dev.eventscope.console.deadletters.SystemDeadLetters;
import dev.eventscope.console.replay.ReplayView;
import dev.eventscope.console.replay.ReplayViewModel;
import dev.eventscope.console.sagas.SagasView;
import dev.eventscope.console.scenarios.FaultControlsViewModel;
import dev.eventscope.console.scenarios.ScenariosView;
import dev.eventscope.console.scenarios.ScenariosViewModel;
import dev.eventscope.services.replay.Replays;
import dev.eventscope.services.simulation.RunProbe;
import dev.eventscope.services.scenario.ScenarioCatalog;
import dev.eventscope.console.sagas.SagasViewModel;
import dev.eventscope.contracts.fulfilment.FulfilmentQuery;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import java.util.UUID;
import dev.eventscope.console.graph.FlowGraphView;
import dev.eventscope.console.graph.FlowGraphViewModel;
import dev.eventscope.console.theme.Styles;
import dev.eventscope.console.theme.ThemeSwitcher;
import dev.eventscope.console.trace.TraceView;
import dev.eventscope.console.trace.TraceViewModel;
import dev.eventscope.console.ui.ConsoleContext;
import dev.eventscope.console.ui.HopFeed;
import dev.eventscope.console.ui.MessageCatalog;
import dev.eventscope.console.ui.UiTick;
import dev.eventscope.runtime.trace.Hop;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import dev.eventscope.console.cli.BrokerSettings;
import dev.eventscope.console.cli.UserDirs;
import dev.eventscope.console.logging.CurrentLogFile;
import dev.eventscope.console.logs.LogsView;
import dev.eventscope.console.logs.LogsViewModel;
import dev.eventscope.console.settings.Connection;
import dev.eventscope.console.settings.ConnectionRow;
import dev.eventscope.console.settings.NetworkProbes;
import dev.eventscope.console.settings.SettingsView;
import dev.eventscope.console.settings.SettingsViewModel;
import dev.eventscope.console.tour.TourOverlay;
import dev.eventscope.console.tour.TourViewModel;
import dev.eventscope.console.ui.UiExecutor;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The console window's content, laid out as DESIGN.md draws it: the navigation rail, the selected
 * screen in the centre, the details pane on the right and the status bar along the bottom. It
 * exists before the system does (showing "starting…"); {@link #attach} builds the screens once the
 * system runs and starts the UI tick that feeds them.
 */
public final class MainWindow extends BorderPane {
  private final ShellViewModel shell = new ShellViewModel();
  private final StatusBarViewModel status = new StatusBarViewModel();
  private final ThemeSwitcher themes;
  private final StackPane centre = new StackPane();
  private final StackPane page = new StackPane();
  private final NavigationRail rail;
  private final ExecutorService tools = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "console-tools");
    thread.setDaemon(true);
    return thread;
  });
  private final SettingsViewModel settings;
  private final LogsViewModel logs;
  private final TourViewModel tour;
  private Runnable tourSeen = () -> { };
  private final Map<Screen, Node> pages = new EnumMap<>(Screen.class);
  private final StatusPage statusPage = new StatusPage(shell);
  private FlowGraphView graphView;
  private DetailsPane detailsPane;
  private final BooleanProperty presentation = new SimpleBooleanProperty();
  private FlowGraphViewModel flow;
  private TraceViewModel trace;
  private CommandComposerViewModel commands;
  private EventsScreen events;
  private BusViewModel bus;
  private PlaybackViewModel playback;
  private SagasViewModel sagas;
  private DeadLettersViewModel deadLetters;
  private ScenariosViewModel scenarios;
  /** Where the user's settings live; broker addresses are read from it at each bus switch. */
  private final Path settingsFile;
  private FaultControlsViewModel faults;
  private Replays replays;
  private ReplayViewModel replay;

  /** The window on the current user's settings file and this run's log. */
  public MainWindow(ThemeSwitcher themes) {
    this(themes, UserDirs.current().settingsFile(), CurrentLogFile.path());
  }

  public MainWindow(ThemeSwitcher themes, Path settingsFile, Path logFile) {
    this.themes = themes;
    this.settingsFile = settingsFile;
    getStyleClass().add(Styles.ROOT);
    setId("main-window");
    centre.getStyleClass().add(Styles.CENTRE);
    rail = new NavigationRail(shell.screenProperty());
    setLeft(rail);
    setCenter(centre);
    settings = new SettingsViewModel(settingsFile, new NetworkProbes(), tools, UiExecutor.fx());
    pages.put(Screen.SETTINGS, new SettingsView(settings, themes.themeProperty()));
    logs = new LogsViewModel(logFile, UiExecutor.fx());
    pages.put(Screen.LOGS, new LogsView(logs));
    logs.start();
    tour = new TourViewModel(() -> tourSeen.run());
    centre.getChildren().setAll(page, new TourOverlay(tour, this::highlight));
    addHelpMenu();
    setBottom(new StatusBar(status, themes.themeProperty()));
    for (Screen screen : Screen.values()) {
      if (!screen.ready()) pages.put(screen, new ComingSoonPage(screen));
    }
    shell.screenProperty().addListener((obs, old, next) -> showScreen());
    shell.stateProperty().addListener((obs, old, next) -> showScreen());
    showScreen();
  }

  private void addHelpMenu() {
    MenuItem tourItem = new MenuItem("Guided tour");
    tourItem.setId("help-tour");
    tourItem.setOnAction(event -> tour.open());
    MenuItem logsItem = new MenuItem("Logs");
    logsItem.setOnAction(event -> shell.screenProperty().set(Screen.LOGS));
    MenuItem settingsItem = new MenuItem("Settings");
    settingsItem.setOnAction(event -> shell.screenProperty().set(Screen.SETTINGS));
    MenuButton help = new MenuButton("Help", null, tourItem, logsItem, settingsItem);
    help.setId("help-menu");
    help.getStyleClass().add(Styles.HELP_BUTTON);
    help.setMaxWidth(Double.MAX_VALUE);
    Region spacer = new Region();
    VBox.setVgrow(spacer, Priority.ALWAYS);
    rail.getChildren().addAll(spacer, help);
  }

  /** Points at the navigation item of {@code screen}; null clears the pointer. */
  private void highlight(Screen screen) {
    rail.getChildren().forEach(node -> node.getStyleClass().remove(Styles.TOUR_HIGHLIGHT));
    if (screen == null) return;
    rail.getChildren().stream().filter(node -> node.getUserData() == screen).findFirst()
        .ifPresent(node -> node.getStyleClass().add(Styles.TOUR_HIGHLIGHT));
  }

  /** Opens the guided tour; {@code seen} runs when it is finished or skipped. */
  public void showTour(Runnable seen) {
    tourSeen = seen;
    tour.open();
  }

  public TourViewModel tour() {
    return tour;
  }

  public LogsViewModel logs() {
    return logs;
  }

  public SettingsViewModel settings() {
    return settings;
  }

  public void starting(String what) {
    shell.starting(what);
  }

  public void failed(String why) {
    shell.failed(why);
  }

  /** UI thread: builds the screens on the running system and starts feeding them. */
  public void attach(ConsoleContext context) {
    flow = new FlowGraphViewModel();
    trace = new TraceViewModel();
    CommandSender sender = new CommandSender(context.codec(), context.system().mediator(), context.messages());
    OrderPlacer placer = new OrderPlacer(context.system().mediator(), CommandSender.SOURCE);
    commands = new CommandComposerViewModel(context.codec().registry(), sender, placer, context.ui(), context.background());
    Runnable placeTen = () -> commands.placeRandomOrders(10);

    graphView = new FlowGraphView(flow, new WelcomeCard(placeTen, () -> shell.screenProperty().set(Screen.COMMANDS)));
    themes.onChange(graphView::useTheme);
    playback = new PlaybackViewModel(DispatcherControls.of(context.system().dispatcher(), context.system().backend().events()));
    playback.presentationProperty().bindBidirectional(presentation);
    watchPresentation();
    pages.put(Screen.FLOW, new FlowPage(graphView, placeTen, new TrainerBar(playback)));
    pages.put(Screen.TRACE, new TraceView(trace));
    pages.put(Screen.COMMANDS, new CommandComposerView(commands));
    events = new EventsScreen(context);
    pages.put(Screen.EVENTS, events.view());
    // Broker addresses are looked up at each switch, so a connection saved in Settings applies at once.
    bus = new BusViewModel(context.system(), strategy -> OrderFulfilmentSystem.bus(strategy, BrokerSettings.saved(System.getenv(), settingsFile)),
        context.background(), context.ui());
    BusView busView = new BusView(bus, this::brokerConnection, () -> shell.screenProperty().set(Screen.SETTINGS));
    pages.put(Screen.BUS, busView);
    if (shell.screenProperty().get() == Screen.BUS) busView.shown();
    shell.screenProperty().addListener((obs, old, next) -> {
      if (next == Screen.BUS) busView.shown();
    });
    sagas = new SagasViewModel(() -> context.system().mediator().query(new FulfilmentQuery.ListActiveFulfilments(), CommandSender.SOURCE),
        context.system().backend().events(), context.background(), context.ui());
    pages.put(Screen.SAGAS, new SagasView(sagas, this::openTrace));
    sagas.shown(shell.screenProperty().get() == Screen.SAGAS);
    shell.screenProperty().addListener((obs, old, next) -> sagas.shown(next == Screen.SAGAS));
    deadLetters = new DeadLettersViewModel(SystemDeadLetters.of(context.system()),
        letter -> context.codec().envelopeTree(letter.event().envelope()).toPrettyString(), context.background(), context.ui());
    pages.put(Screen.DEAD_LETTERS, new DeadLettersView(deadLetters));
    deadLetters.shown(shell.screenProperty().get() == Screen.DEAD_LETTERS);
    shell.screenProperty().addListener((obs, old, next) -> deadLetters.shown(next == Screen.DEAD_LETTERS));
    scenarios = new ScenariosViewModel(ScenarioCatalog.fromEnvironment(), context.system(), context.probe(), context.background(), context.ui());
    faults = new FaultControlsViewModel(context.system().faults(), context.ui());
    pages.put(Screen.SCENARIOS, new ScenariosView(scenarios, faults));
    replays = new Replays(context.system());
    replay = new ReplayViewModel(replays, Set.of(MessageCatalog.NAME, RunProbe.NAME), context.background(), context.ui());
    pages.put(Screen.REPLAY, new ReplayView(replay));
    replay.shown(shell.screenProperty().get() == Screen.REPLAY);
    shell.screenProperty().addListener((obs, old, next) -> replay.shown(next == Screen.REPLAY));
    DetailsViewModel details = new DetailsViewModel(flow.detailsProperty(), context.messages(), context.codec().mapper(), this::openTrace);
    detailsPane = new DetailsPane(details);
    status.attach(context.system(), context.hops());

    startFeeding(context.tick(), context.hops(), tick -> {
      tick.add(playback::onTick);
      tick.add(sagas::onTick);
      tick.add(deadLetters::onTick);
      tick.add(scenarios::onTick);
      tick.add(replay::onTick);
    });
    shell.running();
  }

  /**
   * UI thread: builds the screens that work over the API of a system served elsewhere (flow, trace,
   * events, bus); the ones that need the system here say so. Same view-models, other sources.
   */
  public void attachTo(AttachedSystem remote) {
    flow = new FlowGraphViewModel();
    trace = new TraceViewModel();
    graphView = new FlowGraphView(flow, new WelcomeCard(remote.placeTenOrders(), () -> shell.screenProperty().set(Screen.COMMANDS)));
    themes.onChange(graphView::useTheme);
    watchPresentation();
    pages.put(Screen.FLOW, new FlowPage(graphView, remote.placeTenOrders(), new Region()));
    pages.put(Screen.TRACE, new TraceView(trace));
    events = new EventsScreen(remote.events(), remote.codec(), remote.ui(), remote.tick());
    pages.put(Screen.EVENTS, events.view());
    bus = new BusViewModel(remote.bus(), remote.background(), remote.ui());
    pages.put(Screen.BUS, BusView.served(bus, remote.address()));
    NotWhileAttachedPage.NEEDS_LOCAL_SYSTEM.keySet().forEach(screen -> pages.put(screen, new NotWhileAttachedPage(screen, remote.address())));
    detailsPane = new DetailsPane(new DetailsViewModel(flow.detailsProperty(), remote.messages(), remote.codec().mapper(), this::openTrace));
    status.attach(remote.status());
    startFeeding(remote.tick(), remote.hops(), tick -> { });
    shell.running();
  }

  /** Drains the hop feed into the graph and trace once per tick, and starts the tick with the screens' own tasks. */
  private void startFeeding(UiTick tick, HopFeed feed, Consumer<UiTick> screenTasks) {
    tick.add(now -> {
      // One drain per tick, shared: every screen sees the same hops in the same order.
      List<Hop> hops = feed.drain();
      if (!hops.isEmpty()) {
        flow.acceptHops(hops);
        trace.acceptHops(hops);
      }
      return null;
    });
    tick.add(flow::onTick);
    tick.add(trace::onTick);
    tick.add(status::onTick);
    tick.add(bus::onTick);
    screenTasks.accept(tick);
    tick.start(UiTick.DEFAULT_PERIOD_MILLIS);
  }

  /** The Settings screen's connection of a bus strategy's broker; null for the in-memory bus. */
  private ConnectionRow brokerConnection(String strategy) {
    for (Connection connection : Connection.values()) {
      if (connection != Connection.MONGODB && connection.id().equals(strategy)) return settings.row(connection);
    }
    return null;
  }

  private void openTrace(Hop hop) {
    openTrace(hop.correlationId());
  }

  private void openTrace(UUID correlationId) {
    shell.screenProperty().set(Screen.TRACE);
    trace.show(correlationId);
  }

  private void showScreen() {
    Screen screen = shell.screenProperty().get();
    Node shown = pages.get(screen);
    boolean needsSystem = screen.needsSystem();
    page.getChildren().setAll(needsSystem && shell.stateProperty().get() != SystemState.RUNNING ? statusPage : shown);
    // The details pane describes what is selected in the graph; other screens use the width, and so
    // does the graph in presentation mode until something in it is clicked.
    setRight(screen == Screen.FLOW && showsDetails() ? detailsPane : null);
  }

  private boolean showsDetails() {
    return !presentation.get() || (flow != null && flow.selectionProperty().get() != null);
  }

  /** Presentation mode (the trainer bar's button, or {@code --presentation}): larger type, a wider graph. */
  public BooleanProperty presentationProperty() {
    return presentation;
  }

  private void watchPresentation() {
    presentation.addListener((obs, old, on) -> {
      if (on) getStyleClass().add(Styles.PRESENTATION);
      else getStyleClass().remove(Styles.PRESENTATION);
      graphView.usePresentationSizes(on);
      flow.usePresentationLabels(on);
      showScreen();
    });
    flow.selectionProperty().addListener((obs, old, next) -> showScreen());
  }

  public ShellViewModel shell() {
    return shell;
  }

  /** The screens' split panes by id, to remember and restore where their dividers are. */
  public Map<String, SplitPane> splitPanes() {
    return SplitPanes.in(pages.values());
  }

  /** The flow screen's view-model, once attached (tests and the screenshot wait on its node count). */
  public FlowGraphViewModel flow() {
    return flow;
  }

  public CommandComposerViewModel commands() {
    return commands;
  }

  /** The Events screen, once attached. */
  public EventsScreen events() {
    return events;
  }

  /** The Scenarios screen's view-model, once attached. */
  public ScenariosViewModel scenarios() {
    return scenarios;
  }

  public FaultControlsViewModel faults() {
    return faults;
  }

  public PlaybackViewModel playback() {
    return playback;
  }

  public TraceViewModel trace() {
    return trace;
  }

  /** The Replay screen's view-model, once attached. */
  public ReplayViewModel replay() {
    return replay;
  }

  /** UI thread, on window close. */
  public void close() {
    logs.close();
    tools.shutdownNow();
    if (graphView != null) graphView.close();
    if (events != null) events.close();
    if (replays != null) replays.close();
  }
}
