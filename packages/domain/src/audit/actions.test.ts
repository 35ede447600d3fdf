import { describe, expect, expectTypeOf, test } from "vitest";
import { SAISINE_LIFECYCLE } from "../saisines/lifecycle.ts";
import {
  AUDIT_ACTION_GROUPS,
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  type AuditAction,
  auditActionChoices,
  auditActionLabel,
  type RgpdEventKind,
} from "./actions.ts";
import { AUDIT_ENTITIES, AUDIT_ENTITY_LABELS, auditEntityLabel } from "./entities.ts";

describe("the actions of the audit trail", () => {
  test("every action has a French label: a sentence, not a code", () => {
    for (const action of AUDIT_ACTIONS) {
      const label = AUDIT_ACTION_LABELS[action];
      expect(label, action).toMatch(/^\p{Lu}/u);
      // No code in it: no dot, underscore or hyphenated word (« sign-in », « rgpd.export »).
      expect(label, action).not.toMatch(/[._]|\p{Ll}-\p{Ll}/u);
    }
  });

  test("every event of the saisine lifecycle is an action, in French", () => {
    for (const rule of Object.values(SAISINE_LIFECYCLE))
      expect(auditActionLabel(`saisine.${rule.event}`)).not.toBe("Autre action");
  });

  test("the actions the later modules write are in the vocabulary", () => {
    const written: AuditAction[] = [
      "rgpd.processing-recorded",
      "rgpd.breach-notified",
      "rgpd.retention-carry-out",
      "rgpd.export",
      "report.send",
      "project.decision",
      "digital-plan.adopt",
      "meeting.plan",
      "meeting.action.update",
      "indicator.enter",
      "calendar-feed.revoke",
      "auth.password-reset.requested",
      "auth.sign-in.sso-refused",
      "token.entrust",
      "saisine-view.create",
      "seed.demo-rgpd",
    ];
    for (const action of written) expect(AUDIT_ACTIONS).toContain(action);
  });

  test.each([
    ["saisine.qualify", "Saisine qualifiée"],
    ["saisine.resolved", "Saisine résolue"],
    ["saisine.withdrawn", "Saisine retirée par la commune"],
    ["person.create", "Création d'une personne"],
    ["contract.sign-amendment", "Signature d'un avenant"],
    ["rgpd.breach-notified", "Violation de données notifiée à la CNIL"],
    ["rgpd.retention-confirm", "Effacement confirmé par la commune"],
    ["meeting.plan", "Réunion planifiée"],
    ["project.decision", "Décision du comité sur un projet"],
    ["indicator.enter", "Mesure d'un indicateur enregistrée"],
    ["sla-targets.set", "Objectifs de délai convenus"],
    ["inconnue.action", "Autre action"],
    ["rgpd.", "Autre action"],
    ["toString", "Autre action"],
  ])("%s → %s", (action, label) => {
    expect(auditActionLabel(action)).toBe(label);
  });

  test("an RGPD event's action is `rgpd.<kind>`, typed", () => {
    const kind: RgpdEventKind = "breach-opened";
    expect(AUDIT_ACTIONS).toContain(`rgpd.${kind}` satisfies AuditAction);
    expectTypeOf<"breach-opened">().toExtend<RgpdEventKind>();
    expectTypeOf<"retention-decline">().toExtend<RgpdEventKind>();
    expectTypeOf<"breach-unknown">().not.toExtend<RgpdEventKind>();
    expectTypeOf<"rgpd.export">().toExtend<AuditAction>();
    expectTypeOf<string>().not.toExtend<AuditAction>();
  });
});

describe("the journal's « Action » filter", () => {
  const groups = auditActionChoices();

  test("every action is in exactly one group, and every group has actions", () => {
    for (const action of AUDIT_ACTIONS)
      expect(
        AUDIT_ACTION_GROUPS.filter((g) => action.startsWith(g.prefix)).map((g) => g.prefix),
        action,
      ).toHaveLength(1);
    for (const group of groups) expect(group.actions.length, group.prefix).toBeGreaterThan(0);
  });

  test("every label can be chosen, and no two choices read the same", () => {
    const choices = groups.flatMap((g) => g.actions);
    expect(new Set(choices.map((c) => c.label)).size).toBe(choices.length);
    expect(new Set(choices.map((c) => c.label))).toEqual(
      new Set(Object.values(AUDIT_ACTION_LABELS)),
    );
    const groupLabels = groups.map((g) => g.label);
    expect(new Set(groupLabels).size).toBe(groupLabels.length);
  });

  test("a group's choices are in French alphabetical order", () => {
    const rgpd = groups.find((g) => g.prefix === "rgpd.")?.actions.map((c) => c.label) ?? [];
    expect(rgpd).toEqual([...rgpd].sort(new Intl.Collator("fr").compare));
    expect(rgpd).toContain("Violation de données notifiée à la CNIL");
  });
});

describe("the kinds of object of the audit trail", () => {
  test("every kind has a French label, and no two read the same", () => {
    for (const entity of AUDIT_ENTITIES)
      expect(AUDIT_ENTITY_LABELS[entity], entity).toMatch(/^[A-ZÉ]/u);
    const labels = Object.values(AUDIT_ENTITY_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
  });

  test.each([
    ["saisine", "Saisine"],
    ["meeting", "Réunion"],
    ["project", "Projet"],
    ["annual-report", "Rapport annuel"],
    ["breach", "Violation de données"],
    ["indicator_entry", "Mesure d'indicateur"],
    ["inconnu", "Autre objet"],
  ])("%s → %s", (entity, label) => {
    expect(auditEntityLabel(entity)).toBe(label);
  });
});
