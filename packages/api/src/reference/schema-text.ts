/**
 * A JSON Schema written compactly for people, TypeScript-style: `{ limit?: integer = 100 }`, with
 * its constraints in comments (`// 1 to 500`). The reference shows every procedure's input and
 * output this way: the same facts as the JSON Schema, at a fraction of its size.
 */
import type { JsonSchema } from "./procedures.ts";

/** An object that fits on one line this wide is written on one line. */
const INLINE_WIDTH = 72;

type Written = { text: string; notes: string[] };

/**
 * The shapes written once elsewhere (by their JSON text), and the names this text used of them.
 * The root of a shape's own definition is not replaced by its name.
 */
export type Shapes = { names: ReadonlyMap<string, string>; used: Set<string> };
const NO_SHAPES: Shapes = { names: new Map(), used: new Set() };

const quote = (value: unknown) => JSON.stringify(value);

function range(min: number | undefined, max: number | undefined, unit = "") {
  if (min !== undefined && max !== undefined) return `${min} to ${max}${unit}`;
  if (min !== undefined) return `≥ ${min}${unit}`;
  if (max !== undefined) return `≤ ${max}${unit}`;
  return null;
}

function notesOf(s: JsonSchema): string[] {
  const notes: string[] = [];
  if (typeof s.format === "string") notes.push(s.format);
  const min = s.exclusiveMinimum ?? s.minimum;
  const length =
    s.minLength === 1 && s.maxLength === undefined
      ? "non-empty"
      : range(s.minLength, s.maxLength, " chars");
  if (length) notes.push(length);
  const bounds = range(
    typeof min === "number" ? min : undefined,
    typeof (s.exclusiveMaximum ?? s.maximum) === "number"
      ? ((s.exclusiveMaximum ?? s.maximum) as number)
      : undefined,
  );
  // zod writes a safe integer's own bounds: they say nothing to a reader.
  if (bounds && s.minimum !== Number.MIN_SAFE_INTEGER && s.maximum !== Number.MAX_SAFE_INTEGER)
    notes.push(bounds);
  const items = range(s.minItems, s.maxItems, " items");
  if (items) notes.push(items);
  if (typeof s.pattern === "string" && !s.format) notes.push(`matches /${s.pattern}/`);
  if (typeof s.description === "string") notes.push(s.description);
  return notes;
}

/** A part of a union or an array's item, with its own notes in brackets. */
function inline(s: JsonSchema, indent: string, shapes: Shapes): string {
  const { text, notes } = write(s, indent, shapes);
  return notes.length ? `${text} (${notes.join(", ")})` : text;
}

function union(parts: JsonSchema[], indent: string, shapes: Shapes, joiner: " | " | " & ") {
  return parts.map((p) => inline(p, indent, shapes)).join(joiner);
}

function objectText(s: JsonSchema, indent: string, shapes: Shapes): string {
  const properties = Object.entries((s.properties ?? {}) as Record<string, JsonSchema>);
  const required = new Set(s.required ?? []);
  const inner = `${indent}  `;
  const lines: string[] = [];
  for (const [name, property] of properties) {
    const { text, notes } = write(property, inner, shapes);
    const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name);
    const optional = required.has(name) ? "" : "?";
    const fallback = property.default === undefined ? "" : ` = ${quote(property.default)}`;
    const line = `${key}${optional}: ${text}${fallback}`;
    const comment = notes.length ? `// ${notes.join(", ")}` : "";
    if (comment && line.includes("\n")) lines.push(`${inner}${comment}`, `${inner}${line}`);
    else lines.push(`${inner}${line}${comment ? `  ${comment}` : ""}`);
  }
  const extra = s.additionalProperties;
  if (extra && typeof extra === "object")
    lines.push(`${inner}[key: string]: ${inline(extra as JsonSchema, inner, shapes)}`);
  else if (extra === true || (extra === undefined && properties.length === 0))
    lines.push(`${inner}[key: string]: unknown`);
  if (lines.length === 0) return "{}";
  const oneLine = `{ ${lines.map((l) => l.trim()).join("; ")} }`;
  const fits = oneLine.length <= INLINE_WIDTH && !oneLine.includes("//") && !oneLine.includes("\n");
  return fits ? oneLine : `{\n${lines.join("\n")}\n${indent}}`;
}

function arrayText(s: JsonSchema, indent: string, shapes: Shapes): Written {
  if (Array.isArray(s.prefixItems))
    return {
      text: `[${(s.prefixItems as JsonSchema[]).map((p) => inline(p, indent, shapes)).join(", ")}]`,
      notes: [],
    };
  if (!s.items) return { text: "unknown[]", notes: [] };
  // An item's own constraints are the array's: `string[]  // each non-empty`.
  const { text, notes } = write(s.items as JsonSchema, indent, shapes);
  const bare = /[|&]/.test(text) && !text.startsWith("{") ? `(${text})[]` : `${text}[]`;
  return { text: bare, notes: notes.length ? [`each ${notes.join(", ")}`] : [] };
}

function typeText(s: JsonSchema, indent: string, shapes: Shapes): Written {
  const plain = (text: string) => ({ text, notes: [] });
  if (s.$ref) return plain(s.$ref.replace(/^#\/\$defs\//, ""));
  if (s.const !== undefined) return plain(quote(s.const));
  if (s.enum) return plain(s.enum.map(quote).join(" | "));
  if (s.anyOf) return plain(union(s.anyOf as JsonSchema[], indent, shapes, " | "));
  if (s.oneOf) return plain(union(s.oneOf as JsonSchema[], indent, shapes, " | "));
  if (s.allOf) return plain(union(s.allOf as JsonSchema[], indent, shapes, " & "));
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.length === 0) return plain(s.properties ? objectText(s, indent, shapes) : "unknown");
  const parts = types.map((type) => {
    if (type === "object") return plain(objectText(s, indent, shapes));
    if (type === "array") return arrayText(s, indent, shapes);
    return plain(type);
  });
  return {
    text: parts.map((p) => p.text).join(" | "),
    notes: parts.flatMap((p) => p.notes),
  };
}

function write(s: JsonSchema, indent: string, shapes: Shapes, root = false): Written {
  const name = root ? undefined : shapes.names.get(JSON.stringify(s));
  if (name) {
    shapes.used.add(name);
    return { text: name, notes: [] };
  }
  const { text, notes } = typeText(s, indent, shapes);
  return { text, notes: [...notes, ...notesOf(s)] };
}

/**
 * The schema written out, its definitions (recursive shapes) after it. A shape of `shapes` is
 * written as its name, except the root of the one being defined (`definition`).
 */
export function schemaText(schema: JsonSchema, shapes = NO_SHAPES, definition = false): string {
  const { $defs, ...root } = schema as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const { text, notes } = write(root, "", shapes, definition);
  const defs = Object.entries($defs ?? {}).map(
    ([name, def]) => `type ${name} = ${inline(def, "", shapes)}`,
  );
  return [notes.length ? `${text} (${notes.join(", ")})` : text, ...defs].join("\n");
}
