import { describe, expect, test } from "vitest";
import {
  type BulkCandidate,
  bulkCheck,
  bulkRefusal,
  bulkSaisinesInput,
  type QueueBulkAction,
} from "./bulk.ts";

const now = new Date("2026-06-10T10:00:00+02:00");
const s = (status: BulkCandidate["status"], extra: Partial<BulkCandidate> = {}): BulkCandidate => ({
  status,
  nature: "ordinaire",
  reference: "BEG-2026-000001",
  ...extra,
});

describe("bulkRefusal", () => {
  const cases: [QueueBulkAction, BulkCandidate, string | null][] = [
    ["qualify", s("nouvelle"), null],
    ["qualify", s("en-cours"), null],
    [
      "qualify",
      s("resolue"),
      "Action « Qualifier » impossible pour une saisine au statut « Résolue ».",
    ],
    [
      "qualify",
      s("close"),
      "La saisine est close : elle ne peut plus changer. Si le problème revient, déposez une nouvelle saisine.",
    ],
    ["pause", s("en-cours"), null],
    [
      "pause",
      s("resolue"),
      "Action « Mettre en attente de la commune » impossible pour une saisine au statut « Résolue ».",
    ],
    ["comment", s("en-attente-tiers"), null],
    ["comment", s("refusee"), "La saisine est refusée : elle ne reçoit plus de commentaire."],
    ["assign", s("qualifiee"), null],
    [
      "assign",
      s("resolue"),
      "La saisine BEG-2026-000001 est résolue : elle attend la réponse de la commune et ne se réattribue pas.",
    ],
    [
      "close",
      s("en-cours"),
      "Action « Clore » impossible pour une saisine au statut « En cours ».",
    ],
    // Resolved on Monday 1 June 2026: the commune has until Monday 8 June (5 working days).
    ["close", s("resolue", { resolvedAt: new Date("2026-06-01T10:00:00+02:00") }), null],
    [
      "close",
      s("resolue", { resolvedAt: new Date("2026-06-08T10:00:00+02:00") }),
      "La commune peut confirmer ou rouvrir la résolution jusqu'au lundi 15 juin 2026 inclus : la saisine ne peut pas être close sans sa réponse avant.",
    ],
  ];
  test.each(cases)("%s on %j", (action, saisine, reason) => {
    expect(bulkRefusal(action, saisine, now)).toBe(reason);
  });

  test("waiting for a third party from « nouvelle » is refused, for the commune allowed", () => {
    expect(bulkRefusal("pause", s("nouvelle"), now, "commune")).toBeNull();
    expect(bulkRefusal("pause", s("nouvelle"), now, "tiers")).toBe(
      "Action « Mettre en attente d'un tiers » impossible pour une saisine au statut « Nouvelle ».",
    );
  });
});

describe("bulkCheck", () => {
  test("splits the allowed from the refused, with reasons", () => {
    const a = s("en-cours", { reference: "BEG-2026-000001" });
    const b = s("close", { reference: "BEG-2026-000002" });
    const result = bulkCheck("comment", [a, b], now);
    expect(result.allowed).toEqual([a]);
    expect(result.refused).toEqual([
      { saisine: b, reason: "La saisine est close : elle ne reçoit plus de commentaire." },
    ]);
  });
});

describe("bulkSaisinesInput", () => {
  const item = { saisineId: "11111111-1111-4111-8111-111111111111", version: 1 };
  test.each([
    [{ action: "close", items: [] }, "Cochez au moins une saisine dans la file."],
    [
      { action: "comment", items: [item], body: "", visibility: "public" },
      "Le commentaire est vide.",
    ],
    [
      { action: "pause", items: [item], waitingFor: "commune", note: "" },
      "Indiquez ce qui est attendu, et de qui.",
    ],
    [{ action: "supprimer", items: [item] }, "Choisissez l'action à appliquer à la sélection."],
    [{ action: "close", items: [item, item] }, "Une même saisine apparaît deux fois."],
  ])("%j → %s", (input, message) => {
    expect(bulkSaisinesInput.safeParse(input).error?.issues.map((i) => i.message)).toEqual([
      message,
    ]);
  });
  test("qualifying without a change confirms the qualification", () => {
    expect(bulkSaisinesInput.parse({ action: "qualify", items: [item] })).toEqual({
      action: "qualify",
      items: [item],
    });
  });
});
