/** Each indicator's target: a value agreed, or « à définir conjointement » with the year it is due. */
import { RadioGroup, TextField, fieldError } from "@mutu/ui";
import { useMemo } from "react";
import { contractsMessages } from "../messages.ts";
import { messages } from "../../messages.ts";
import type { Annex, VersionDetail } from "../types.ts";
import { DraftPartForm } from "./part-form.tsx";
import { useDraftSave, useEditable } from "./use-draft.ts";

const t = contractsMessages.amendment;

type Kind = "defined" | "to-define-jointly";
type Target = { kind: Kind; value: string; dueYear: string };

function toState(annex: Annex): Target[] {
  return annex.indicators.map(({ target }) =>
    target.kind === "defined"
      ? { kind: "defined", value: target.value, dueYear: "" }
      : {
          kind: "to-define-jointly",
          value: "",
          dueYear: target.dueYear ? String(target.dueYear) : "",
        },
  );
}

const inputId = (i: number, kind: Kind) => `cible-${i}-${kind === "defined" ? "valeur" : "annee"}`;

export function TargetsForm({ version }: { version: VersionDetail }) {
  const { annex } = version;
  const form = useEditable(toState(annex));
  const fields = useMemo(
    () =>
      annex.indicators.map((indicator, i) => ({
        name: `annex.indicators.${i}.target`,
        id: inputId(i, form.value[i]?.kind ?? "defined"),
        label: t.targetLegend(indicator.code, indicator.label),
      })),
    [annex.indicators, form.value],
  );
  const draft = useDraftSave(version, fields, t.contents.targets);
  const { error } = draft;

  function update(index: number, patch: Partial<Target>) {
    form.set((items) => items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  }

  function submit() {
    const bad: Record<string, string[]> = {};
    form.value.forEach((target, i) => {
      if (target.kind === "to-define-jointly" && target.dueYear.trim() !== "")
        if (!/^\d{4}$/.test(target.dueYear.trim()))
          bad[`annex.indicators.${i}.target`] = [messages.badYear];
    });
    const indicators = annex.indicators.map((indicator, i) => {
      const target = form.value[i];
      if (!target) return indicator;
      const year = target.dueYear.trim();
      return {
        ...indicator,
        target:
          target.kind === "defined"
            ? { kind: "defined" as const, value: target.value.trim() }
            : {
                kind: "to-define-jointly" as const,
                ...(year ? { dueYear: Number(year) } : {}),
              },
      };
    });
    draft.save({ annex: { ...annex, indicators } }, form.saved, (fieldErrors) =>
      Object.assign(fieldErrors, bad),
    );
  }

  return (
    <DraftPartForm draft={draft} fields={fields} part={t.contents.targets} onSubmit={submit}>
      {annex.indicators.map((indicator, i) => {
        const target = form.value[i];
        if (!target) return null;
        return (
          <RadioGroup
            // biome-ignore lint/suspicious/noArrayIndexKey: ids follow the position, as the API's error paths do
            key={i}
            id={`cible-${i}`}
            legend={t.targetLegend(indicator.code, indicator.label)}
            options={[
              { value: "to-define-jointly", label: t.targetJointly },
              { value: "defined", label: t.targetDefined },
            ]}
            value={target.kind}
            onChange={(kind) => update(i, { kind: kind as Kind })}
            error={fieldError(error?.fieldErrors, `annex.indicators.${i}.target`)}
          >
            {target.kind === "defined" ? (
              <TextField
                id={inputId(i, "defined")}
                label={t.targetValue(indicator.code)}
                className="input input-wide"
                value={target.value}
                onChange={(event) => update(i, { value: event.currentTarget.value })}
              />
            ) : (
              <TextField
                id={inputId(i, "to-define-jointly")}
                label={t.targetYear(indicator.code)}
                hint={t.targetYearHint}
                inputMode="numeric"
                className="input input-short"
                value={target.dueYear}
                onChange={(event) => update(i, { dueYear: event.currentTarget.value })}
              />
            )}
          </RadioGroup>
        );
      })}
    </DraftPartForm>
  );
}
