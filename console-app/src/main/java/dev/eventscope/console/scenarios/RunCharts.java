package dev.eventscope.console.scenarios;

import dev.eventscope.services.simulation.RunSeries;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The run's three live charts, one point per second: throughput, latency percentiles, failures (running totals). */
final class RunCharts extends HBox {
  private static final double HEIGHT = 200;

  private record Line(XYChart.Series<Number, Number> series, ToDoubleFunction<RunSeries.Point> value) {}

  private final List<Line> lines;

  RunCharts(ObservableList<RunSeries.Point> points) {
    super(8);
    setId("run-charts");
    Line placed = line("placed", RunSeries.Point::placed);
    Line finished = line("finished", RunSeries.Point::finished);
    Line p50 = line("p50", RunSeries.Point::p50Ms);
    Line p99 = line("p99", RunSeries.Point::p99Ms);
    Line rejected = line("rejected", RunSeries.Point::rejected);
    Line parked = line("parked", RunSeries.Point::parked);
    Line faults = line("faults", RunSeries.Point::faults);
    lines = List.of(placed, finished, p50, p99, faults, parked, rejected);
    getChildren().addAll(
        chart("run-chart-throughput", "Orders per second", placed, finished),
        chart("run-chart-latency", "Latency (ms)", p50, p99),
        chart("run-chart-failures", "Failures so far", faults, parked, rejected));
    points.addListener((ListChangeListener<RunSeries.Point>) change -> {
      while (change.next()) {
        if (change.wasRemoved() && points.isEmpty()) lines.forEach(line -> line.series().getData().clear());
        if (change.wasAdded()) change.getAddedSubList().forEach(this::add);
      }
    });
    points.forEach(this::add);
  }

  private void add(RunSeries.Point point) {
    for (Line line : lines) line.series().getData().add(new XYChart.Data<>(point.second(), line.value().applyAsDouble(point)));
  }

  private static Line line(String name, ToDoubleFunction<RunSeries.Point> value) {
    XYChart.Series<Number, Number> series = new XYChart.Series<>();
    series.setName(name);
    return new Line(series, value);
  }

  private LineChart<Number, Number> chart(String id, String title, Line... shown) {
    NumberAxis seconds = new NumberAxis();
    seconds.setLabel("seconds");
    seconds.setForceZeroInRange(true);
    NumberAxis values = new NumberAxis();
    values.setForceZeroInRange(true);
    LineChart<Number, Number> chart = new LineChart<>(seconds, values);
    chart.setId(id);
    chart.setTitle(title);
    chart.setAnimated(false);
    chart.setCreateSymbols(false);
    chart.setPrefHeight(HEIGHT);
    chart.setMinHeight(HEIGHT);
    chart.setMinWidth(200);
    for (Line line : shown) chart.getData().add(line.series());
    HBox.setHgrow(chart, Priority.ALWAYS);
    return chart;
  }
}
