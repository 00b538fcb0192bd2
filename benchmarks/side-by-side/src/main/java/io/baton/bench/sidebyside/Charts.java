package io.baton.bench.sidebyside;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A self-contained HTML page (inline SVG, nothing fetched): per workload, verified throughput against offered start
 * rate, and server-side latency percentiles against throughput (log scale), one colour per system, so the knee of each
 * curve shows.
 */
final class Charts {
    private static final int WIDTH = 460;
    private static final int HEIGHT = 300;
    private static final int MARGIN = 50;
    private static final Map<String, String> COLOURS = Map.of(Report.BATON, "#1f77b4", Report.CONDUCTOR, "#d62728");

    private Charts() {
    }

    static String page(List<StepResult> results, List<String> workloads, String tables, String notes) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>Baton and Conductor side by side</title>
                <style>body{font-family:sans-serif;margin:2em} svg{border:1px solid #ccc;margin:0 1em 1em 0}
                pre{font-size:12px;background:#f6f6f6;padding:1em;overflow-x:auto}</style></head><body>
                <h1>Baton and Conductor side by side</h1>
                """);
        html.append("<pre>").append(escape(notes)).append("</pre>\n");
        for (String workload : workloads) {
            html.append("<h2>").append(escape(workload)).append(": ")
                    .append(escape(Workload.named(workload).description())).append("</h2>\n");
            Map<String, List<double[]>> throughput = new LinkedHashMap<>();
            Map<String, List<double[]>> latency = new LinkedHashMap<>();
            for (StepResult r : results) {
                if (!r.workload().equals(workload) || r.verified() == 0) {
                    continue;
                }
                if (r.mode().equals("open")) {
                    throughput.computeIfAbsent(r.system(), s -> new ArrayList<>())
                            .add(new double[] {r.offered(), r.workflowsPerSecond()});
                }
                String[] names = {"p50", "p90", "p99"};
                for (int i = 0; i < names.length; i++) {
                    latency.computeIfAbsent(r.system() + " " + names[i], s -> new ArrayList<>())
                            .add(new double[] {r.workflowsPerSecond(), r.serverMs()[i]});
                }
            }
            html.append(chart("verified workflows/s against offered starts/s (open loop)", "offered/s",
                    "workflows/s", throughput, false));
            html.append(chart("server-side latency (ms, log) against workflows/s (all steps)", "workflows/s", "ms",
                    latency, true));
        }
        html.append("<h2>Tables</h2><pre>").append(escape(tables)).append("</pre></body></html>\n");
        return html.toString();
    }

    static String chart(String title, String xLabel, String yLabel, Map<String, List<double[]>> series, boolean logY) {
        double maxX = 1;
        double maxY = 1;
        double minY = Double.MAX_VALUE;
        for (List<double[]> points : series.values()) {
            for (double[] p : points) {
                maxX = Math.max(maxX, p[0]);
                maxY = Math.max(maxY, p[1]);
                minY = Math.min(minY, p[1]);
            }
        }
        double bottom = logY ? Math.pow(10, Math.floor(Math.log10(Math.max(1, minY)))) : 0;
        double top = logY ? Math.pow(10, Math.ceil(Math.log10(maxY))) : maxY * 1.1;
        double right = maxX * 1.1;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\">"
                        + "<text x=\"%d\" y=\"16\" font-size=\"12\">%s</text>", WIDTH + 2 * MARGIN, HEIGHT + 2 * MARGIN,
                MARGIN, escape(title)));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>", MARGIN, MARGIN + HEIGHT,
                MARGIN + WIDTH, MARGIN + HEIGHT, MARGIN, MARGIN, MARGIN, MARGIN + HEIGHT));
        for (int tick = 0; tick <= 4; tick++) {
            double xValue = right * tick / 4;
            double yValue = logY ? bottom * Math.pow(top / bottom, tick / 4.0) : top * tick / 4;
            double y = MARGIN + HEIGHT - HEIGHT * tick / 4.0;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">"
                            + "%s</text><text x=\"%d\" y=\"%.0f\" font-size=\"10\" text-anchor=\"end\">%s</text>",
                    MARGIN + WIDTH * tick / 4.0, MARGIN + HEIGHT + 14, Report.fmt(xValue), MARGIN - 4, y + 3,
                    Report.fmt(yValue)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s"
                + "</text><text x=\"12\" y=\"%d\" font-size=\"11\">%s</text>", MARGIN + WIDTH / 2,
                MARGIN + HEIGHT + 32, escape(xLabel), MARGIN - 8, escape(yLabel)));
        int legend = 0;
        for (Map.Entry<String, List<double[]>> entry : series.entrySet()) {
            String colour = COLOURS.getOrDefault(entry.getKey().split(" ")[0], "#555");
            String dash = entry.getKey().endsWith("p90") ? "4,3" : entry.getKey().endsWith("p99") ? "1,3" : "";
            List<double[]> points = new ArrayList<>(entry.getValue());
            points.sort((a, b) -> Double.compare(a[0], b[0]));
            StringBuilder path = new StringBuilder();
            for (double[] p : points) {
                double x = MARGIN + WIDTH * p[0] / right;
                double fraction = logY ? Math.log(Math.max(p[1], bottom) / bottom) / Math.log(top / bottom)
                        : p[1] / top;
                double y = MARGIN + HEIGHT - HEIGHT * fraction;
                path.append(path.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x, y,
                        colour));
            }
            svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-dasharray=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"%s\">%s</text>", path, colour, dash,
                    MARGIN + WIDTH - 120, MARGIN + 14 + 14 * legend++, colour, escape(entry.getKey())));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
