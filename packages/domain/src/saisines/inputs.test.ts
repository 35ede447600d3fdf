import { describe, expect, test } from "vitest";
import { actionRequiresNote } from "./lifecycle.ts";
import {
  assignSaisineInput,
  commentInput,
  createSaisineInput,
  qualifySaisineInput,
  transitionInput,
} from "./inputs.ts";

const ORG = "0b6a4e0e-6f5c-4b8e-9a55-0c2f1f1c1a01";
const SAISINE = "5d1f0a7e-2c3b-4f8a-9c1d-3e2b1a0f9e88";
const valid = {
  orgId: ORG,
  type: "incident",
  subDomain: "C",
  nature: "ordinaire",
  criticality: "bloquant",
  title: "  Imprimante de l'accueil hors service ",
};

const issues = (result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}) => result.error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? [];

describe("createSaisineInput — what filing adds for the indicators", () => {
  test.each<[string, Record<string, unknown>, [string, string][]]>([
    ["an application of the inventory, trimmed", { application: "  Audacity " }, []],
    [
      "an empty application",
      { application: "  " },
      [["application", "Choisissez l'application ou laissez le champ vide."]],
    ],
    [
      "resolved at first contact with its answer",
      { firstContactResolution: true, answer: "Mot de passe réinitialisé." },
      [],
    ],
    [
      "resolved at first contact without an answer",
      { firstContactResolution: true, answer: "  " },
      [["answer", "Décrivez la solution apportée au premier contact."]],
    ],
    ["not resolved at first contact: no answer needed", { firstContactResolution: false }, []],
  ])("%s", (_label, extra, expected) => {
    expect(issues(createSaisineInput.safeParse({ ...valid, ...extra }))).toEqual(expected);
  });
});

describe("createSaisineInput", () => {
  test("defaults: portal, empty description; the title is trimmed", () => {
    expect(createSaisineInput.parse(valid)).toEqual({
      ...valid,
      title: "Imprimante de l'accueil hors service",
      description: "",
      channel: "portail",
    });
  });

  test("filed by phone for a resident, with an idempotency key from the telephony tool", () => {
    const parsed = createSaisineInput.parse({
      ...valid,
      channel: "telephone",
      site: "Mairie annexe",
      onBehalfOf: { name: "Hélène Durand", contact: "+33 6 12 34 56 78" },
      idempotencyKey: "can:2026-05-14:00042",
    });
    expect(parsed.onBehalfOf).toEqual({
      name: "Hélène Durand",
      contact: { kind: "telephone", value: "06 12 34 56 78" },
    });
    expect(parsed.channel).toBe("telephone");
  });

  test.each([
    [{ title: "ab" }, "title", "L'objet doit compter 3 caractères au moins."],
    [{ title: "  " }, "title", "Indiquez l'objet de la saisine."],
    [{ title: "x".repeat(201) }, "title", "L'objet ne doit pas dépasser 200 caractères."],
    [
      { description: "x".repeat(10_001) },
      "description",
      "La description ne doit pas dépasser 10\u202f000 caractères.",
    ],
    [
      { type: "plainte" },
      "type",
      "Type de saisine inconnu : incident, demande ou conseil attendu.",
    ],
    [{ subDomain: "E" }, "subDomain", "Sous-domaine inconnu : A, B, C ou D attendu."],
    [
      { nature: "grave" },
      "nature",
      "Nature de saisine inconnue : ordinaire, urgence ou exceptionnelle attendue.",
    ],
    [
      { criticality: "critique" },
      "criticality",
      "Criticité inconnue : bloquant ou non-bloquant attendu.",
    ],
    [
      { channel: "fax" },
      "channel",
      "Canal inconnu : portail, telephone, courrier, courriel, accueil ou api attendu.",
    ],
    [{ orgId: "bordeaux" }, "orgId", "Organisation inconnue."],
    [{ site: "  " }, "site", "Indiquez le site ou laissez le champ vide."],
    [
      { idempotencyKey: "a b" },
      "idempotencyKey",
      "Clé d'idempotence invalide : lettres, chiffres, « . », « : », « _ » ou « - » seulement.",
    ],
    [
      { idempotencyKey: "k".repeat(101) },
      "idempotencyKey",
      "Clé d'idempotence trop longue (100 caractères au plus).",
    ],
    [
      { onBehalfOf: { name: "Hélène Durand", contact: "demain" } },
      "onBehalfOf.contact",
      "Indiquez une adresse électronique ou un numéro de téléphone français (ex. 06 12 34 56 78).",
    ],
  ])("%j → %s: %s", (change, path, message) => {
    expect(issues(createSaisineInput.safeParse({ ...valid, ...change }))).toContainEqual([
      path,
      message,
    ]);
  });
});

describe("qualifySaisineInput", () => {
  test("one change is enough", () => {
    expect(qualifySaisineInput.parse({ saisineId: SAISINE, nature: "urgence" })).toEqual({
      saisineId: SAISINE,
      nature: "urgence",
    });
  });
  test("no change confirms the qualification as filed", () => {
    expect(qualifySaisineInput.parse({ saisineId: SAISINE, note: "Conforme" })).toEqual({
      saisineId: SAISINE,
      note: "Conforme",
    });
  });
});

describe("transitionInput", () => {
  test.each([
    ["resoudre", true, "Décrivez la solution apportée."],
    ["rouvrir", true, "Indiquez pourquoi la résolution ne convient pas."],
    ["attendre-commune", true, "Indiquez ce que la commune doit fournir."],
    ["refuser", true, "Indiquez le motif du refus."],
    ["confirmer", false, null],
    ["demarrer", false, null],
  ] as const)("%s needs a note: %s", (action, needed, message) => {
    expect(actionRequiresNote(action)).toBe(needed);
    const result = transitionInput.safeParse({ saisineId: SAISINE, action, note: "   " });
    if (message) expect(issues(result)).toEqual([["note", message]]);
    else expect(result.success).toBe(true);
  });

  test("an unknown action", () => {
    expect(issues(transitionInput.safeParse({ saisineId: SAISINE, action: "supprimer" }))).toEqual([
      ["action", "Action inconnue sur une saisine."],
    ]);
  });
});

describe("commentInput and assignSaisineInput", () => {
  test("the visibility must be chosen: no internal note published by default", () => {
    expect(
      issues(commentInput.safeParse({ saisineId: SAISINE, body: "Technicien passé." })),
    ).toEqual([
      ["visibility", "Précisez si le commentaire est public (visible par la commune) ou interne."],
    ]);
    expect(
      commentInput.parse({ saisineId: SAISINE, body: " Vu. ", visibility: "interne" }).body,
    ).toBe("Vu.");
  });

  test.each([
    [{ kind: "person", personId: ORG }, true],
    [{ kind: "team", teamId: ORG }, true],
    [{ kind: "team", personId: ORG }, false],
    [{ kind: "service" }, false],
  ])("assignee %j valid: %s", (assignee, ok) => {
    expect(assignSaisineInput.safeParse({ saisineId: SAISINE, assignee }).success).toBe(ok);
  });
});
