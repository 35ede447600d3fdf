/**
 * The blocks a printed report is made of — paragraphs, tables, charts, key figures, quotes — and
 * the cells of its tables (the text printed, the value a spreadsheet keeps), with the helpers the
 * section renderers build them with.
 */
import { frenchNumber, frenchPercent, shortMinutes } from "@mutu/domain";

export type Tone = "good" | "bad" | "muted";
export type Cell = string | { text: string; value?: number | null; tone?: Tone };
export type TableBlock = {
  kind: "table";
  caption: string | null;
  head: string[];
  widths: (number | "auto")[];
  align: ("left" | "right" | "center")[];
  rows: Cell[][];
  empty: string | null;
};
export type Block =
  | { kind: "paragraph" | "note" | "subheading"; text: string }
  | { kind: "quote"; who: string; text: string }
  | TableBlock
  | {
      kind: "bars";
      caption: string;
      labels: string[];
      series: { label: string; values: number[]; printed: string[] }[];
    }
  | {
      kind: "meter";
      caption: string;
      rows: {
        label: string;
        value: number | null;
        mark: number | null;
        printed: string;
        tone: Tone | null;
      }[];
    }
  | { kind: "figures"; items: { value: string; label: string; note: string | null }[] };

/** `newPage: false`: the section follows the previous one on its page. */
export type PrintSection = { key: string; title: string; blocks: Block[]; newPage?: boolean };

export type PrintModel = {
  title: string;
  year: string;
  commune: string;
  operator: string;
  service: string;
  agreement: string | null;
  basis: string;
  statusLine: string;
  watermark: string | null;
  header: string;
  contents: string;
  sections: PrintSection[];
};

export const num = (n: number): Cell => ({ text: frenchNumber(n), value: n });
export const pct = (n: number | null): Cell =>
  n === null ? { text: "—", value: null, tone: "muted" } : { text: frenchPercent(n), value: n };
export const mins = (n: number | null): Cell =>
  n === null ? { text: "—", value: null } : { text: shortMinutes(n), value: n };
export const table = (t: Omit<TableBlock, "kind" | "empty"> & { empty?: string }): TableBlock => ({
  kind: "table",
  empty: t.empty ?? null,
  ...t,
});

export const euros = (cents: number): Cell => ({
  text: `${frenchNumber(cents / 100, 2)}\u00a0€`,
  value: cents / 100,
});
