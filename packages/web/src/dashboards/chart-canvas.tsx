/**
 * The canvas of a chart, drawn by Chart.js (loaded with the dashboard pages only, never with an
 * SPA's first download). The canvas is an image for assistive technologies, summed up in one
 * sentence; the figure's table beside it holds every value.
 */
import * as chartjs from "chart.js";
import { Chart as ReactChart } from "react-chartjs-2";

// Only what these charts draw is registered (and kept in the bundle).
chartjs.Chart.register(
  chartjs.BarController,
  chartjs.BarElement,
  chartjs.CategoryScale,
  chartjs.Legend,
  chartjs.LinearScale,
  chartjs.LineController,
  chartjs.LineElement,
  chartjs.PointElement,
  chartjs.Tooltip,
);

export type ChartSeries = {
  label: string;
  values: readonly (number | null)[];
  /** Drawn as bars, or as a line over them. */
  as?: "bar" | "line";
};

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11), told apart by the legend and the table. */
const COLOURS = ["#1a4d8f", "#b34700", "#14632b", "#6b2c91", "#8c1c13", "#005f73"];

export type ChartCanvasProps = {
  labels: readonly string[];
  series: readonly ChartSeries[];
  /** One sentence saying what the chart shows, for screen readers. */
  summary: string;
  horizontal?: boolean;
  /** Values are percentages (0–100). */
  percent?: boolean;
  stacked?: boolean;
};

/**
 * A category's label on the axis, on a few short lines (a sub-domain's title is a sentence), the
 * last one cut if it is still too long: the table beside the chart holds it whole. Beside bars
 * drawn across (`horizontal`), the lines take the room the bars leave.
 */
function axisLabel(
  label: string,
  horizontal: boolean,
  chart: { width: number; count: number },
): string | string[] {
  // Beside the bars, a character for 14 pixels of the chart: on a phone the lines stay whole (else
  // cut at their left edge by the axis's limit) and the bars keep their room. Under the bars, a
  // character for 7 pixels of a category's share: a label wraps only where its neighbours crowd it.
  const width = horizontal
    ? Math.max(14, Math.min(26, Math.floor(chart.width / 14)))
    : Math.max(10, Math.floor(chart.width / Math.max(1, chart.count) / 7));
  const most = horizontal ? 3 : 2;
  if (label.length <= width) return label;
  const lines: string[] = [];
  for (const word of label.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= most) return lines;
  const kept = lines.slice(0, most);
  const end = `${kept[most - 1]} ${lines[most]}`;
  kept[most - 1] = `${end.slice(0, width - 1)}…`;
  return kept;
}

export default function ChartCanvas({
  labels,
  series,
  summary,
  horizontal = false,
  percent = false,
  stacked = false,
}: ChartCanvasProps) {
  return (
    <ReactChart
      type="bar"
      role="img"
      aria-label={summary}
      data={{
        labels: [...labels],
        datasets: series.map((s, i) => {
          const colour = COLOURS[i % COLOURS.length] ?? "#1a4d8f";
          return {
            type: s.as ?? "bar",
            label: s.label,
            data: [...s.values],
            backgroundColor: colour,
            borderColor: colour,
            borderWidth: s.as === "line" ? 2 : 0,
            pointRadius: s.as === "line" ? 3 : 0,
            spanGaps: false,
          };
        }) as never,
      }}
      options={{
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: horizontal ? "y" : "x",
        locale: "fr-FR",
        plugins: {
          legend: { display: series.length > 1, position: "bottom", labels: { color: "#1e1e1e" } },
          tooltip: { enabled: true },
        },
        scales: {
          [horizontal ? "y" : "x"]: {
            stacked,
            ticks: {
              color: "#1e1e1e",
              autoSkip: true,
              maxRotation: 0,
              callback(
                this: { getLabelForValue(v: number): string; chart: { width: number } },
                value: number | string,
              ) {
                return axisLabel(this.getLabelForValue(Number(value)), horizontal, {
                  width: this.chart.width,
                  count: labels.length,
                });
              },
            },
          },
          [horizontal ? "x" : "y"]: {
            stacked,
            beginAtZero: true,
            ...(percent ? { max: 100 } : {}),
            ticks: { color: "#1e1e1e", precision: 0 },
          },
        },
      }}
    />
  );
}
