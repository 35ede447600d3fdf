/**
 * Each indicator's target: « à définir conjointement » (with the year it is due), a value in
 * words, a delay in business time per nature and criticality (what the saisines' clocks use), a
 * percentage or a number to reach. The annex's schema checks the result; its messages land on
 * the fields they are about.
 */
import { fieldError, labelled, NumberField, RadioGroup, TextField } from "@mutu/ui";
import { useMemo } from "react";
import { contractsMessages } from "../messages.ts";
import type { VersionDetail } from "../types.ts";
import { DelayRulesField } from "./delay-rules-field.tsx";
import { DraftPartForm } from "./part-form.tsx";
import { kindsFor, type TargetKind, type TargetState, toState, toTarget } from "./target-state.ts";
import { useDraftSave, useEditable } from "./use-draft.ts";

const t = contractsMessages.amendment;

/** The input a target's errors point at, by kind (the summary's links). */
function inputId(i: number, kind: TargetKind) {
  const suffix = {
    "to-define-jointly": "annee",
    defined: "valeur",
    delay: "delai-0-heures",
    rate: "pourcentage",
    count: "nombre",
  }[kind];
  return `cible-${i}-${suffix}`;
}

export function TargetsForm({ version }: { version: VersionDetail }) {
  const { annex } = version;
  const form = useEditable(annex.indicators.map((indicator) => toState(indicator.target)));
  const fields = useMemo(
    () =>
      annex.indicators.map((indicator, i) => ({
        name: `annex.indicators.${i}.target`,
        id: inputId(i, form.value[i]?.kind ?? "to-define-jointly"),
        label: t.targetLegend(indicator.code, indicator.label),
      })),
    [annex.indicators, form.value],
  );
  const draft = useDraftSave(version, fields, t.contents.targets);
  const errors = draft.error?.fieldErrors;

  function update(index: number, patch: Partial<TargetState>) {
    form.set((items) => items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  }

  function submit() {
    const indicators = annex.indicators.map((indicator, i) => {
      const target = form.value[i];
      return target ? { ...indicator, target: toTarget(target) } : indicator;
    });
    draft.save({ annex: { ...annex, indicators } } as Parameters<typeof draft.save>[0], form.saved);
  }

  return (
    <DraftPartForm draft={draft} fields={fields} part={t.contents.targets} onSubmit={submit}>
      {annex.indicators.map((indicator, i) => {
        const target = form.value[i];
        if (!target) return null;
        const path = `annex.indicators.${i}.target`;
        const text = (key: "value" | "dueYear" | "percent" | "count") => ({
          value: target[key],
          onChange: (event: { currentTarget: { value: string } }) =>
            update(i, { [key]: event.currentTarget.value }),
        });
        return (
          <RadioGroup
            // biome-ignore lint/suspicious/noArrayIndexKey: ids follow the position, as the API's error paths do
            key={i}
            id={`cible-${i}`}
            legend={t.targetLegend(indicator.code, indicator.label)}
            options={kindsFor(indicator.code).map((kind) => ({
              value: kind,
              label: t.targetKinds[kind],
            }))}
            value={target.kind}
            onChange={(kind) => update(i, { kind: kind as TargetKind })}
            error={target.kind === "delay" ? [] : fieldError(errors, path)}
          >
            {target.kind === "defined" ? (
              <TextField
                id={inputId(i, "defined")}
                label={t.targetValue(indicator.code)}
                className="input input-wide"
                {...text("value")}
              />
            ) : target.kind === "to-define-jointly" ? (
              <NumberField
                id={inputId(i, "to-define-jointly")}
                label={t.targetYear(indicator.code)}
                hint={t.targetYearHint}
                {...text("dueYear")}
              />
            ) : target.kind === "delay" ? (
              <DelayRulesField
                path={path}
                idPrefix={`cible-${i}`}
                code={indicator.code}
                rules={target.rules}
                errors={errors}
                onChange={(rules) => update(i, { rules })}
              />
            ) : (
              <div className="field-row">
                <TextField
                  id={inputId(i, target.kind)}
                  label={
                    target.kind === "rate"
                      ? t.ratePercent(indicator.code)
                      : t.countValue(indicator.code)
                  }
                  inputMode="decimal"
                  className="input input-short"
                  {...text(target.kind === "rate" ? "percent" : "count")}
                />
                <RadioGroup
                  id={`cible-${i}-sens`}
                  legend={t.atLeast}
                  options={labelled(["oui", "non"] as const, t.atLeastOptions)}
                  value={target.atLeast}
                  onChange={(value) => update(i, { atLeast: value as "oui" | "non" })}
                />
              </div>
            )}
          </RadioGroup>
        );
      })}
    </DraftPartForm>
  );
}
