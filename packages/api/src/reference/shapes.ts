/**
 * Object shapes that recur across the API — a contract's annex in three procedures' outputs, the
 * four identical sub-domains inside it — are written once in the reference, under a name taken
 * from the field that holds them, and referred to by that name elsewhere. Found, not declared: a
 * shape is shared when the same JSON Schema object, large enough to matter, appears twice.
 */
import type { JsonSchema } from "./procedures.ts";

/** Smaller objects are clearer written where they are. */
const MIN_SHARED_CHARS = 300;

export type SharedShape = { name: string; schema: JsonSchema };

const pascal = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const singular = (word: string) =>
  word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.replace(/s$/, "");

type Seen = { count: number; schema: JsonSchema; name: string; feature: string };
type Place = { key: string; parent: string; feature: string; root?: boolean };

/** The name of a shape held by `key` (an array's item by its singular), else by its parent. */
function nameFor({ key, parent, feature }: Place) {
  if (key.length >= 3) return pascal(key);
  // An item of a whole output that is a list (`organisations.list`): the feature's singular.
  return pascal(singular(parent || feature));
}

function visit(s: unknown, place: Place, seen: Map<string, Seen>) {
  if (!s || typeof s !== "object") return;
  const schema = s as JsonSchema;
  const { key, feature } = place;
  const inner = { ...place, root: false };
  if (schema.properties) {
    const text = JSON.stringify(schema);
    const known = seen.get(text);
    if (known && !place.root) {
      // Its inner shapes were counted the first time.
      known.count++;
      return;
    }
    // A whole input or output met again is said « the same as » where it is, not named.
    if (text.length >= MIN_SHARED_CHARS && !place.root)
      seen.set(text, { count: 1, schema, name: nameFor(place), feature });
    for (const [name, property] of Object.entries(schema.properties))
      visit(property, { key: name, parent: key, feature }, seen);
  }
  if (schema.items) visit(schema.items, { ...inner, key: singular(key), parent: key }, seen);
  for (const part of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    visit(part, inner, seen);
  if (typeof schema.additionalProperties === "object")
    visit(schema.additionalProperties, inner, seen);
}

/**
 * The shapes seen twice or more, in the order first met, each with a distinct name: a second
 * `Version` takes its feature's name (`ProjectsVersion`), then a number. `roots` are the
 * procedures' inputs and outputs, with their feature.
 */
export function sharedShapes(roots: { schema: JsonSchema; feature: string }[]) {
  const seen = new Map<string, Seen>();
  for (const { schema, feature } of roots)
    visit(schema, { key: "", parent: "", feature, root: true }, seen);
  const taken = new Set<string>();
  const names = new Map<string, string>();
  const shapes: SharedShape[] = [];
  for (const [text, { count, schema, name, feature }] of seen) {
    if (count < 2) continue;
    let unique = taken.has(name) ? `${pascal(feature)}${name}` : name;
    for (let n = 2; taken.has(unique); n++) unique = `${pascal(feature)}${name}${n}`;
    taken.add(unique);
    names.set(text, unique);
    shapes.push({ name: unique, schema });
  }
  return { names, shapes };
}
