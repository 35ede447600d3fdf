/**
 * A chart with its table: a titled figure, the canvas (loaded on demand) and, behind « Données du
 * graphique », a real table of every value — each count a link to the list it counts.
 */
import { type Column, DataTable } from "@mutu/ui";
import { lazy, type ReactNode, Suspense, useId } from "react";
import type { ChartCanvasProps } from "./chart-canvas.tsx";
import { CountLink, formatPercent } from "./figures.tsx";
import { dashboardMessages } from "./messages.ts";

const ChartCanvas = lazy(() => import("./chart-canvas.tsx"));
const t = dashboardMessages.chart;

type Row = { label: string; index: number };

export type ChartFigureProps = ChartCanvasProps & {
  title: string;
  lead?: ReactNode;
  /** The list a value of the table opens, or null. */
  hrefOf?: (row: number, series: number) => string | null;
  /** Header of the table's first column. */
  category?: string;
};

export function ChartFigure({ title, lead, hrefOf, category, ...canvas }: ChartFigureProps) {
  const id = useId();
  const rows: Row[] = canvas.labels.map((label, index) => ({ label, index }));
  const columns: Column<Row>[] = [
    { key: "label", header: category ?? t.category, rowHeader: true, cell: (r) => r.label },
    ...canvas.series.map(
      (s, si): Column<Row> => ({
        key: `s${si}`,
        header: s.label,
        numeric: true,
        cell: (r) => {
          const value = s.values[r.index];
          if (value === null || value === undefined) return dashboardMessages.notMeasured;
          if (canvas.percent) return formatPercent(value);
          return <CountLink count={value} to={hrefOf?.(r.index, si) ?? null} />;
        },
      }),
    ),
  ];
  return (
    <figure className="chart" aria-labelledby={id}>
      <figcaption>
        <h3 id={id} className="chart-title">
          {title}
        </h3>
        {lead ? <p className="chart-lead">{lead}</p> : null}
      </figcaption>
      <div className={canvas.horizontal ? "chart-canvas chart-canvas-tall" : "chart-canvas"}>
        <Suspense fallback={<p>{t.loading}</p>}>
          <ChartCanvas {...canvas} />
        </Suspense>
      </div>
      <details className="chart-data">
        <summary>{t.data(title)}</summary>
        <DataTable caption={title} columns={columns} rows={rows} rowKey={(r) => String(r.index)} />
      </details>
    </figure>
  );
}
