import { describe, expect, test } from "vitest";
import {
  BUILT_IN_QUEUE_VIEWS,
  parseQueueSort,
  type QueueWorld,
  queueSortText,
  sanitizeQueueFilters,
  saveQueueViewInput,
} from "./queue.ts";

const COMMUNE = "11111111-1111-4111-8111-111111111111";
const GONE = "22222222-2222-4222-8222-222222222222";
const TEAM = "33333333-3333-4333-8333-333333333333";
const world: QueueWorld = {
  communeIds: new Set([COMMUNE]),
  centres: new Set(["Centre de proximité Sud"]),
  assignees: new Set([`team:${TEAM}`]),
};

describe("parseQueueSort", () => {
  test.each([
    ["due", { key: "due", direction: "asc" }],
    ["-title", { key: "title", direction: "desc" }],
    ["assignee", { key: "assignee", direction: "asc" }],
    ["newest", { key: "created", direction: "desc" }],
    ["oldest", { key: "created", direction: "asc" }],
    ["-unknown", { key: "due", direction: "asc" }],
    ["", { key: "due", direction: "asc" }],
    [undefined, { key: "due", direction: "asc" }],
  ] as const)("%s", (text, expected) => {
    expect(parseQueueSort(text)).toEqual(expected);
  });
  test("a sort written back reads the same", () => {
    for (const text of ["due", "-due", "title", "-status", "-created"])
      expect(queueSortText(parseQueueSort(text))).toBe(text);
  });
});

describe("sanitizeQueueFilters", () => {
  test.each([
    [
      "known filters kept",
      { orgId: COMMUNE, status: "en-cours", q: "imprimante" },
      { orgId: COMMUNE, status: "en-cours", q: "imprimante" },
      [],
    ],
    [
      "a commune no longer visible is dropped",
      { orgId: GONE, nature: "urgence" },
      { nature: "urgence" },
      ["Commune"],
    ],
    [
      "a team dissolved is dropped",
      { assignee: "team:44444444-4444-4444-8444-444444444444" },
      {},
      ["Titulaire"],
    ],
    ["a team still there is kept", { assignee: `team:${TEAM}` }, { assignee: `team:${TEAM}` }, []],
    ["me and nobody are always there", { assignee: "me" }, { assignee: "me" }, []],
    ["a filter mutu no longer has is dropped by its name", { canal: "telephone" }, {}, ["canal"]],
    ["a status that no longer exists is dropped", { status: "archivee" }, {}, ["Statut"]],
    ["a centre renamed is dropped", { centre: "Centre Nord" }, {}, ["Centre de proximité"]],
    ["blank values are left out", { q: "  " }, {}, []],
    ["a value that is not text is dropped", { due: 3 }, {}, ["Échéance"]],
    [
      "every status",
      { status: "toutes", sort: "-title" },
      { status: "toutes", sort: "-title" },
      [],
    ],
  ] as const)("%s", (_name, stored, filters, dropped) => {
    const result = sanitizeQueueFilters(stored, world);
    expect(result.filters).toEqual(filters);
    expect(result.dropped.map((d) => d.label)).toEqual(dropped);
  });
});

describe("built-in views", () => {
  test("their filters are valid in any world", () => {
    for (const view of BUILT_IN_QUEUE_VIEWS)
      expect(sanitizeQueueFilters(view.filters, world).dropped).toEqual([]);
  });
});

describe("saveQueueViewInput", () => {
  test.each([
    [{ name: "  ", filters: {}, shared: false }, "Donnez un nom à la vue."],
    [
      { name: "x".repeat(81), filters: {}, shared: false },
      "Nom trop long (80 caractères au plus).",
    ],
    [{ name: "Urgences", filters: {}, shared: "oui" }, "Précisez si la vue est partagée."],
  ])("%j → %s", (input, message) => {
    const result = saveQueueViewInput.safeParse(input);
    expect(result.error?.issues.map((i) => i.message)).toEqual([message]);
  });
});
