/**
 * The live flow graph. {@link dev.eventscope.console.graph.FlowGraphModel} aggregates hop batches
 * into nodes and edges with counts, rates, a fading activity level and error marks (pure Java, tested
 * without a window); {@link dev.eventscope.console.graph.FlowLayout} places them in fixed columns in
 * the order a command travels; {@link dev.eventscope.console.graph.GraphStreamRenderer} applies one
 * frame per UI tick to a GraphStream graph shown by {@link dev.eventscope.console.graph.FlowGraphView}.
 */
package dev.eventscope.console.graph;
