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
  fieldLayout,
  Info,
  labelled,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
  useFields,
  useRows,
} from "@mutu/ui";
import type { FormEvent } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { DisagreementKindField, useRefreshArbitration } from "@mutu/web/arbitrations";
import { ChangeError } from "@mutu/web/saisines";
import { arbitrationsMessages } from "./messages.ts";
import type { SaisineDetail } from "../saisines/types.ts";

const t = arbitrationsMessages.saisine;

type Props = { saisine: SaisineDetail; onDone(message: string): void };

type Participant = { name: string; function: string; side: "commune" | "operator" };

// A level the arbitration cannot record is refused on the date's line (in `fields`, below).
const layout = fieldLayout("niveau", {
  heldOn: ["date", t.heldOnField],
  kind: ["objet-0", t.kind],
  participants: ["participant-0-nom", t.participants],
  outcome: ["issue-0", t.outcomeField],
  decision: ["decision", t.decisionField],
});

export function RecordLevelForm({ saisine: s, onDone }: Props) {
  const arbitration = s.arbitration;
  const refresh = useRefreshArbitration(s.id);
  const record = trpc.arbitrations.recordDecision.useMutation();
  const form = useSchemaForm(recordArbitrationInput, record);
  const rows = useRows<Participant>(() => [
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
    layout,
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

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!arbitration) return;
    const checked = form.check({
      arbitrationId: arbitration.id,
      level,
      kind,
      heldOn,
      participants: rows.values,
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
    ...layout,
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
      <DayField {...f.field("heldOn")} required />
      <DisagreementKindField {...f.group("kind")} />
      <fieldset ref={rows.list} className="fieldset-box">
        <legend>{t.participants}</legend>
        {errors?.participants ? (
          <p className="field-error">{errors.participants.join(" ")}</p>
        ) : null}
        {rows.rows.map((p, index) => {
          const id = `niveau-participant-${index}`;
          const n = index + 1;
          const row = rows.text(index, errors, `participants.${index}.`);
          return (
            <fieldset key={p.key} className="participant" data-row>
              <legend>{t.participantLegend(n)}</legend>
              <div className="field-row">
                <TextField id={`${id}-nom`} label={t.participantName} required {...row("name")} />
                <TextField
                  id={`${id}-fonction`}
                  label={t.participantFunction}
                  required
                  {...row("function")}
                />
                <SelectField id={`${id}-partie`} label={t.participantSide} {...row("side")}>
                  <option value="commune">{t.sides.commune}</option>
                  <option value="operator">{t.sides.operator}</option>
                </SelectField>
              </div>
              {rows.rows.length > 1 ? (
                <Button variant="link" onClick={() => rows.remove(index)}>
                  {t.removeParticipant}
                  <span className="visually-hidden">{t.removeParticipantLabel(n)}</span>
                </Button>
              ) : null}
            </fieldset>
          );
        })}
        <Button
          ref={rows.addButton}
          variant="secondary"
          onClick={() => rows.add({ name: "", function: "", side: "commune" })}
        >
          {t.addParticipant}
        </Button>
      </fieldset>
      <RadioGroup
        required
        options={labelled(outcomes, ARBITRATION_OUTCOME_LABELS)}
        {...f.group("outcome")}
      />
      <TextAreaField {...f.field("decision")} required rows={4} />
      <Button type="submit" busy={record.isPending} busyLabel={t.recording}>
        {t.record}
      </Button>
    </form>
  );
}
