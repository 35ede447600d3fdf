/**
 * Raising an arbitration on a saisine, and recording each level held: the date, who sat for each
 * side, the outcome and the decision. The next level is the domain's rule (no skipping, nothing
 * after a final record); at level 3 the record is final, and on substance the Mayor's
 * instruction is recorded as such.
 */
import {
  ARBITRATION_OUTCOME_LABELS,
  ARBITRATION_SEATS,
  type ArbitrationLevel,
  nextArbitrationLevel,
  parisToday,
  recordArbitrationInput,
} from "@mutu/domain";
import {
  Button,
  DayField,
  Info,
  labelled,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
  useFields,
} from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { DisagreementKindField, useRefreshArbitration } from "@mutu/web/arbitrations";
import { ChangeError } from "@mutu/web/saisines";
import { arbitrationsMessages } from "./messages.ts";
import type { SaisineDetail } from "../saisines/types.ts";

const t = arbitrationsMessages.saisine;

type Props = { saisine: SaisineDetail; onDone(message: string): void };

type Participant = { name: string; function: string; side: "commune" | "operator" };

export function RecordLevelForm({ saisine: s, onDone }: Props) {
  const arbitration = s.arbitration;
  const refresh = useRefreshArbitration(s.id);
  const record = trpc.arbitrations.recordDecision.useMutation();
  const form = useSchemaForm(recordArbitrationInput, record);
  const [participants, setParticipants] = useState<Participant[]>([
    { name: "", function: "", side: "commune" },
    { name: "", function: "", side: "operator" },
  ]);
  const { error } = form;
  const errors = error?.fieldErrors;
  const f = useFields(
    {
      heldOn: parisToday(),
      kind: (arbitration?.kind ?? "programmation") as string,
      outcome: "",
      decision: "",
    },
    error,
  );
  const { heldOn, kind, outcome, decision } = f.values;
  if (!arbitration) return null;
  const next = nextArbitrationLevel(
    arbitration.levels.map((l) => ({
      level: l.level as ArbitrationLevel,
      outcome: l.outcome,
    })),
  );
  if (arbitration.status === "clos" || !next.ok) return <Info>{t.finished}</Info>;
  const level = next.level;
  const seat = ARBITRATION_SEATS[level];
  const outcomes = (["accord", "desaccord", "instruction-du-maire"] as const).filter(
    (o) => o !== "instruction-du-maire" || (level === 3 && kind === "fond"),
  );

  function update(index: number, change: Partial<Participant>) {
    setParticipants((list) => list.map((p, i) => (i === index ? { ...p, ...change } : p)));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!arbitration) return;
    const checked = form.check({
      arbitrationId: arbitration.id,
      level,
      kind,
      heldOn,
      participants,
      outcome,
      decision,
    });
    if (!checked) return;
    record.mutate(checked, {
      async onSuccess() {
        await refresh();
        onDone(t.recorded(seat.label));
      },
    });
  }

  const fields = [
    { name: "level", id: "niveau-date", label: t.recordTitle(seat.label) },
    { name: "heldOn", id: "niveau-date", label: t.heldOnField },
    { name: "kind", id: "niveau-objet-0", label: t.kind },
    { name: "participants", id: "niveau-participant-0-nom", label: t.participants },
    { name: "outcome", id: "niveau-issue-0", label: t.outcomeField },
    { name: "decision", id: "niveau-decision", label: t.decisionField },
  ];

  return (
    <form className="form form-wide" noValidate onSubmit={submit} aria-labelledby="niveau-titre">
      <h3 id="niveau-titre">{t.recordTitle(seat.label)}</h3>
      <p>{t.seats(seat.commune.join(", "), seat.operator.join(", "))}</p>
      {level === 3 ? <Info>{t.lastLevel}</Info> : null}
      <ChangeError
        error={error}
        fields={fields}
        title={t.recordFailed}
        onReload={() => void refresh()}
      />
      <DayField id="niveau-date" label={t.heldOnField} required {...f.text("heldOn")} />
      <DisagreementKindField id="niveau-objet" legend={t.kind} {...f.choice("kind")} />
      <fieldset className="fieldset-box">
        <legend>{t.participants}</legend>
        {errors?.participants ? (
          <p className="field-error">{errors.participants.join(" ")}</p>
        ) : null}
        {participants.map((p, index) => {
          const id = `niveau-participant-${index}`;
          const n = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, by position
            <fieldset key={index} className="participant">
              <legend>{t.participantLegend(n)}</legend>
              <div className="field-row">
                <TextField
                  id={`${id}-nom`}
                  label={t.participantName}
                  required
                  value={p.name}
                  onChange={(event) => update(index, { name: event.currentTarget.value })}
                  error={errors?.[`participants.${index}.name`]}
                />
                <TextField
                  id={`${id}-fonction`}
                  label={t.participantFunction}
                  required
                  value={p.function}
                  onChange={(event) => update(index, { function: event.currentTarget.value })}
                  error={errors?.[`participants.${index}.function`]}
                />
                <SelectField
                  id={`${id}-partie`}
                  label={t.participantSide}
                  value={p.side}
                  onChange={(event) =>
                    update(index, { side: event.currentTarget.value as Participant["side"] })
                  }
                >
                  <option value="commune">{t.sides.commune}</option>
                  <option value="operator">{t.sides.operator}</option>
                </SelectField>
              </div>
              {participants.length > 1 ? (
                <Button
                  variant="link"
                  onClick={() => setParticipants((list) => list.filter((_, i) => i !== index))}
                >
                  {t.removeParticipant}
                  <span className="visually-hidden">{t.removeParticipantLabel(n)}</span>
                </Button>
              ) : null}
            </fieldset>
          );
        })}
        <Button
          variant="secondary"
          onClick={() =>
            setParticipants((list) => [...list, { name: "", function: "", side: "commune" }])
          }
        >
          {t.addParticipant}
        </Button>
      </fieldset>
      <RadioGroup
        id="niveau-issue"
        legend={t.outcomeField}
        required
        options={labelled(outcomes, ARBITRATION_OUTCOME_LABELS)}
        {...f.choice("outcome")}
      />
      <TextAreaField
        id="niveau-decision"
        label={t.decisionField}
        required
        rows={4}
        {...f.text("decision")}
      />
      <Button type="submit" busy={record.isPending} busyLabel={t.recording}>
        {t.record}
      </Button>
    </form>
  );
}
