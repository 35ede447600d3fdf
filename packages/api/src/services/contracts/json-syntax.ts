/**
 * Where a JSON text first goes wrong, as a line and a column. JSON.parse does not always say (V8
 * reports "Unexpected token" with a snippet, no position), and a referent fixing a file needs the line.
 * Only called once JSON.parse has failed; a small recursive-descent scan of the JSON grammar.
 */
const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

function firstErrorOffset(text: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text.charAt(i))) i++;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text.charAt(i);
      if (c === '"') {
        i++;
        return;
      }
      if (c < " ") fail();
      i += c === "\\" ? 2 : 1;
    }
    fail();
  };
  const value = (): void => {
    ws();
    const c = text.charAt(i);
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      ws();
      if (text.charAt(i) === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === "{") {
          ws();
          if (text.charAt(i) !== '"') fail();
          string();
          ws();
          if (text.charAt(i) !== ":") fail();
          i++;
        }
        value();
        ws();
        if (text.charAt(i) === ",") {
          i++;
          continue;
        }
        if (text.charAt(i) === close) {
          i++;
          return;
        }
        fail();
      }
    }
    if (c === '"') {
      string();
      return;
    }
    SCALAR.lastIndex = i;
    const match = SCALAR.exec(text);
    if (!match) fail();
    i += match?.[0].length ?? 0;
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return null;
  } catch (error) {
    if (typeof error === "number") return error;
    return null; // too deep to scan: no position rather than a crash
  }
}

/** " (ligne 3, colonne 12)", or "" when the position cannot be found. */
export function jsonErrorPosition(text: string): string {
  const offset = firstErrorOffset(text);
  if (offset === null) return "";
  const lines = text.slice(0, offset).split("\n");
  return ` (ligne ${lines.length}, colonne ${(lines.at(-1)?.length ?? 0) + 1})`;
}
