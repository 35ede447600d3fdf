/**
 * `docs/api.md`, written from the router: the permissions a token may carry, then every procedure
 * grouped by feature — its kind, who may call it, whether an API token may, its input and its
 * output. How to call the API (tokens, curl, batching, errors, paging) is `docs/integration.md`'s.
 */
import {
  OPERATOR_ONLY_PERMISSIONS,
  PERMISSIONS,
  type Permission,
  permissionLabels,
} from "@mutu/domain";
import type { ProcedureAccess } from "../trpc.ts";
import type { ProcedureEntry } from "./procedures.ts";
import { type Shapes, schemaText } from "./schema-text.ts";
import { type SharedShape, sharedShapes } from "./shapes.ts";

const operatorOnly = new Set<Permission>(OPERATOR_ONLY_PERMISSIONS);

function who(access: ProcedureAccess | undefined): string {
  if (!access || access.kind === "public") return "anyone, no credentials needed";
  if (access.kind === "signedIn") return "any signed-in person or token";
  return access.anyOf.map((p) => `\`${p}\``).join(" or ");
}

function tokenAnswer(entry: ProcedureEntry): string {
  const { access, tokens } = entry.meta;
  if (tokens === "refused") return "no — about the person calling, refused to a token";
  if (tokens === "nothing") return "answered with nothing — a person's own inbox";
  if (!access || access.kind === "public") return "not needed";
  if (access.kind === "signedIn") return "yes";
  return access.anyOf.every((p) => operatorOnly.has(p))
    ? "yes, the service commun's tokens only"
    : "yes";
}

const code = (text: string) => `\`\`\`ts\n${text}\n\`\`\``;

const shapeAnchor = (name: string) => `shape-${name.toLowerCase()}`;

/** What this feature already wrote out, and where: a shape met again is « the same as ». */
type Written = Map<string, string>;

/** The input shown as it is, the output folded: both are long, the input is read first. */
function part(
  label: "Input" | "Output",
  schema: ProcedureEntry["input"],
  at: { path: string; written: Written; shapes: Shapes },
): string[] {
  if (!schema) return [label === "Input" ? "Input: none." : "Output: not declared.", ""];
  const text = schemaText(schema, at.shapes);
  const key = `${label} ${text}`;
  const same = at.written.get(key);
  if (same) return [`${label}: the same as \`${same}\`'s.`, ""];
  at.written.set(key, at.path);
  return label === "Input"
    ? [`Input:\n\n${code(text)}`, ""]
    : ["<details><summary>Output</summary>", "", code(text), "", "</details>", ""];
}

function procedureSection(entry: ProcedureEntry, written: Written, names: Shapes["names"]) {
  const at = { path: entry.path, written, shapes: { names, used: new Set<string>() } };
  const lines = [`### \`${entry.path}\``, ""];
  if (entry.meta.description) lines.push(entry.meta.description, "");
  lines.push(
    `**${entry.type}** · who: ${who(entry.meta.access)} · API token: ${tokenAnswer(entry)}`,
    "",
    ...part("Input", entry.input, at),
    ...part("Output", entry.output, at),
  );
  const used = [...at.shapes.used];
  if (used.length)
    lines.push(`Shapes: ${used.map((n) => `[\`${n}\`](#${shapeAnchor(n)})`).join(", ")}.`, "");
  return lines.join("\n");
}

function permissionsTable(entries: ProcedureEntry[]): string {
  const rows = PERMISSIONS.map((p) => {
    const count = entries.filter(
      (e) => e.meta.access?.kind === "permission" && e.meta.access.anyOf.includes(p),
    ).length;
    const reserved = operatorOnly.has(p) ? "service commun only" : "either side";
    return `| \`${p}\` | ${permissionLabels[p]} | ${reserved} | ${count} |`;
  });
  return [
    "| permission | as the admin SPA names it | who may hold it | procedures asking for it |",
    "|---|---|---|---|",
    ...rows,
  ].join("\n");
}

function shapesSection(shapes: SharedShape[], names: Shapes["names"]): string[] {
  if (!shapes.length) return [];
  return [
    "## Shapes",
    "",
    "Shapes that several procedures (or several fields) share, written once.",
    "",
    ...shapes.flatMap(({ name, schema }) => [
      `### Shape \`${name}\``,
      "",
      code(`type ${name} = ${schemaText(schema, { names, used: new Set() }, true)}`),
      "",
    ]),
  ];
}

const anchorOf = (feature: string) => feature.toLowerCase().replace(/[^a-z0-9-]/g, "");

export function referenceMarkdown(entries: ProcedureEntry[]): string {
  const features = [...new Set(entries.map((e) => e.feature))];
  const { names, shapes } = sharedShapes(
    entries.flatMap((e) => [
      ...(e.input ? [{ schema: e.input, feature: e.feature }] : []),
      ...(e.output ? [{ schema: e.output, feature: e.feature }] : []),
    ]),
  );
  const count = (type: ProcedureEntry["type"]) => entries.filter((e) => e.type === type).length;
  const head = [
    "# API reference",
    "",
    "<!-- Written by `pnpm api:docs` (packages/api/src/reference) from the router itself; do not",
    "     edit: `pnpm --filter @mutu/api test` fails when this file is stale. -->",
    "",
    "How to call the API — a token, `curl`, batching, errors, paging, the change feed, limits, the",
    "TypeScript client — is in [integration.md](integration.md). This page lists every procedure:",
    `${entries.length} in ${features.length} features (${count("query")} queries, ${count("mutation")} mutations).`,
    "A query is `GET /trpc/<path>?input=<JSON>`, a mutation `POST /trpc/<path>` with the JSON input as",
    "its body.",
    "",
    "Shapes are written TypeScript-style from each procedure's JSON Schema (zod's `z.toJSONSchema`):",
    "`?` marks a field that may be left out, `= x` the value it then takes, `//` its constraints;",
    "`date-time` is an ISO 8601 instant (`2026-03-31T22:00:00.000Z`), `date` a calendar day in",
    "Europe/Paris (`2026-03-31`). A field the schema does not list is refused, in French.",
    "",
    "**who** is what the caller must hold: one of the permissions named. A person holds the",
    "permissions of their functions; a token those chosen when it was created, as long as its owner",
    "still holds them. **API token** says whether a token may call the procedure at all.",
    "",
    "## Permissions",
    "",
    permissionsTable(entries),
    "",
    "## Features",
    "",
    features
      .map((f) => `[${f}](#${anchorOf(f)}) (${entries.filter((e) => e.feature === f).length})`)
      .join(" · "),
    "",
  ];
  const sections = features.flatMap((feature) => {
    const written = new Map<string, string>();
    return [
      `## ${feature}`,
      "",
      ...entries
        .filter((e) => e.feature === feature)
        .map((e) => procedureSection(e, written, names)),
    ];
  });
  return `${[...head, ...sections, ...shapesSection(shapes, names)].join("\n").trimEnd()}\n`;
}
