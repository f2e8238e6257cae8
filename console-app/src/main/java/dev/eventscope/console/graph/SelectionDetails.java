package dev.eventscope.console.graph;

import dev.eventscope.runtime.trace.Hop;
import java.util.List;

/** What the details pane shows for a selected node or edge: a title, a few figures, recent messages. */
public record SelectionDetails(FlowSelection selection, String title, String kind, List<String> figures, List<Hop> recent) {}
