package dev.eventscope.services.report;

import dev.eventscope.services.report.Svg.Bar;
import dev.eventscope.services.report.Svg.Line;
import dev.eventscope.services.simulation.RunSeries;
import dev.eventscope.services.simulation.SimulationReport;
import dev.eventscope.services.simulation.SimulationReport.Expectation;
import dev.eventscope.services.simulation.SimulationReport.LatencyBucket;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A one-page HTML report of a run that a trainer can hand out: the story, whether every
 * expectation held, throughput and latency over time, the latency histogram, the outcomes and
 * the faults injected. One self-contained file: inline CSS and SVG, no scripts.
 */
public final class HtmlReport {
  private static final String STYLE = """
      body{font-family:system-ui,sans-serif;max-width:720px;margin:2em auto;color:#1d2430;line-height:1.45}
      h1{margin-bottom:.2em}h2{margin-top:1.6em;border-bottom:1px solid #ddd;padding-bottom:.2em}
      .meta{color:#667}.story{white-space:pre-line;background:#f5f7fa;padding:.8em 1em;border-radius:6px}
      .ok{color:#1a7f37;font-weight:bold}.failed{color:#c62828;font-weight:bold}
      table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.25em .5em;border-bottom:1px solid #eee}
      td.n{text-align:right;font-variant-numeric:tabular-nums}
      @media print{body{margin:0}}
      """;

  private HtmlReport() {}

  public static String render(SimulationReport report) {
    StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(Html.escape(title(report))).append(" — Eventscope report</title><style>").append(STYLE).append("</style></head><body>");
    html.append("<h1>").append(Html.escape(title(report))).append("</h1>");
    html.append("<p class=\"meta\">Eventscope run of ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()))
        .append(" · bus ").append(Html.escape(report.bus())).append(" · store ").append(Html.escape(report.store()))
        .append(" · seed ").append(report.seed()).append(" · ").append(Svg.fmt(report.durationSeconds())).append(" s</p>");
    if (report.scenario() != null) html.append("<p class=\"story\">").append(Html.escape(report.scenario().description())).append("</p>");
    verdict(html, report);
    charts(html, report);
    numbers(html, report);
    return html.append("</body></html>\n").toString();
  }

  private static String title(SimulationReport report) {
    return report.scenario() != null ? report.scenario().title() : "Simulation";
  }

  private static void verdict(StringBuilder html, SimulationReport report) {
    html.append("<h2>Result: ").append(report.passed() ? "<span class=\"ok\">every check held</span>" : "<span class=\"failed\">a check failed</span>")
        .append("</h2><table><tr><th>check</th><th>result</th><th>detail</th></tr>");
    row(html, "read models agree with the store", report.consistency().ok(),
        report.consistency().ok() ? "consistent" : String.join("; ", report.consistency().mismatches().stream().limit(3).toList()));
    for (Expectation expectation : report.expectations()) row(html, expectation.name(), expectation.ok(), expectation.detail());
    html.append("</table>");
  }

  private static void row(StringBuilder html, String name, boolean ok, String detail) {
    html.append("<tr><td>").append(Html.escape(name)).append("</td><td class=\"").append(ok ? "ok\">ok" : "failed\">FAILED")
        .append("</td><td>").append(Html.escape(detail)).append("</td></tr>");
  }

  private static void charts(StringBuilder html, SimulationReport report) {
    List<RunSeries.Point> series = report.series();
    html.append("<h2>Throughput over time</h2>").append(Svg.lines("orders per second", List.of(
        new Line("placed", "#1f77b4", series.stream().map(p -> new double[] {p.second(), p.placed()}).toList()),
        new Line("finished", "#2ca02c", series.stream().map(p -> new double[] {p.second(), p.finished()}).toList()))));
    html.append("<h2>Latency over time</h2>").append(Svg.lines("ms, place to final status", List.of(
        new Line("p50", "#9467bd", series.stream().filter(p -> p.finished() > 0).map(p -> new double[] {p.second(), p.p50Ms()}).toList()),
        new Line("p99", "#d62728", series.stream().filter(p -> p.finished() > 0).map(p -> new double[] {p.second(), p.p99Ms()}).toList()))));
    List<LatencyBucket> buckets = report.latencyHistogramMs();
    html.append("<h2>Latency histogram</h2>").append(Svg.bars("orders", buckets.stream()
        .map(b -> new Bar("≤" + Svg.fmt(b.upToMs()), b.count(), "#8c6d31")).toList()));
    html.append("<p class=\"meta\">ms from PlaceOrder to the order's final status · p50 ").append(Svg.fmt(report.latencyMs().p50()))
        .append(" · p95 ").append(Svg.fmt(report.latencyMs().p95())).append(" · p99 ").append(Svg.fmt(report.latencyMs().p99())).append("</p>");
    var orders = report.orders();
    html.append("<h2>Outcomes</h2>").append(Svg.bars("orders", List.of(
        new Bar("confirmed", orders.confirmed(), "#2ca02c"), new Bar("rejected", orders.rejected(), "#ff7f0e"),
        new Bar("cancelled", orders.cancelled(), "#7f7f7f"), new Bar("pending", orders.pending(), "#d62728"))));
  }

  private static void numbers(StringBuilder html, SimulationReport report) {
    html.append("<h2>Numbers</h2><table>");
    var events = report.events();
    number(html, "orders per second", report.throughput().ordersPerSecond());
    number(html, "commands sent / accepted / rejected", report.commands().sent() + " / " + report.commands().accepted() + " / " + report.commands().rejected());
    number(html, "events stored", events.stored());
    number(html, "duplicates absorbed", events.duplicatesSuppressed());
    number(html, "messages parked (dead letters)", events.deadLettered());
    number(html, "events lost", events.lost());
    number(html, "events applied twice", events.appliedTwice());
    if (report.scenario() != null) {
      number(html, "compensations (stock released, payments refunded)", report.scenario().compensations());
      number(html, "seconds to settle after the last load and fault", report.scenario().settleSeconds());
    }
    for (Map.Entry<String, Long> fault : new java.util.TreeMap<>(report.faultsInjected()).entrySet()) {
      number(html, "injected fault: " + fault.getKey(), fault.getValue());
    }
    html.append("</table>");
  }

  private static void number(StringBuilder html, String name, Object value) {
    String text = value instanceof Double d ? Svg.fmt(d) : String.valueOf(value);
    html.append("<tr><td>").append(Html.escape(name)).append("</td><td class=\"n\">").append(Html.escape(text)).append("</td></tr>");
  }
}
