/** The saisine matrix: for each nature and sub-domain, the commune's and the service commun's function. */
import { TextField, fieldError } from "@mutu/ui";
import { contractsMessages } from "../messages.ts";
import {
  type Annex,
  LETTERS,
  type Letter,
  NATURES,
  type Nature,
  type VersionDetail,
} from "../types.ts";
import { DraftPartForm } from "./part-form.tsx";
import { orNull, useDraftSave, useEditable } from "./use-draft.ts";

const t = contractsMessages.amendment;

type Cell = { communeFunction: string; sharedServiceFunction: string };
type State = Record<Nature, Record<Letter, Cell>>;

const cellId = (nature: Nature, letter: Letter, side: "commune" | "service") =>
  `matrice-${nature}-${letter}-${side}`;

const fields = NATURES.flatMap((nature) =>
  LETTERS.flatMap((letter) => [
    {
      name: `annex.saisineMatrix.${nature}.${letter}.communeFunction`,
      id: cellId(nature, letter, "commune"),
      label: t.communeFunction(t.natures[nature], letter),
    },
    {
      name: `annex.saisineMatrix.${nature}.${letter}.sharedServiceFunction`,
      id: cellId(nature, letter, "service"),
      label: t.sharedFunction(t.natures[nature], letter),
    },
  ]),
);

function toState(annex: Annex): State {
  const row = (nature: Nature) =>
    Object.fromEntries(
      LETTERS.map((letter) => {
        const cell = annex.saisineMatrix[nature][letter];
        return [
          letter,
          {
            communeFunction: cell.communeFunction ?? "",
            sharedServiceFunction: cell.sharedServiceFunction ?? "",
          },
        ];
      }),
    ) as Record<Letter, Cell>;
  return {
    ordinaire: row("ordinaire"),
    urgence: row("urgence"),
    exceptionnelle: row("exceptionnelle"),
  };
}

export function MatrixForm({ version }: { version: VersionDetail }) {
  const { annex } = version;
  const form = useEditable(toState(annex));
  const draft = useDraftSave(version, fields, t.contents.matrix);
  const error = draft.error;

  function update(nature: Nature, letter: Letter, patch: Partial<Cell>) {
    form.set((v) => ({
      ...v,
      [nature]: { ...v[nature], [letter]: { ...v[nature][letter], ...patch } },
    }));
  }

  function submit() {
    const row = (nature: Nature) =>
      Object.fromEntries(
        LETTERS.map((letter) => [
          letter,
          {
            ...annex.saisineMatrix[nature][letter],
            communeFunction: orNull(form.value[nature][letter].communeFunction),
            sharedServiceFunction: orNull(form.value[nature][letter].sharedServiceFunction),
          },
        ]),
      );
    const saisineMatrix = {
      ordinaire: row("ordinaire"),
      urgence: row("urgence"),
      exceptionnelle: row("exceptionnelle"),
    };
    draft.save({ annex: { ...annex, saisineMatrix } }, form.saved);
  }

  return (
    <DraftPartForm draft={draft} fields={fields} part={t.contents.matrix} onSubmit={submit}>
      {NATURES.map((nature) => (
        <fieldset key={nature} className="fieldset-box">
          <legend>{t.natures[nature]}</legend>
          {LETTERS.map((letter) => (
            <div key={letter} className="field-row">
              <TextField
                id={cellId(nature, letter, "commune")}
                label={t.communeFunction(t.natures[nature], letter)}
                value={form.value[nature][letter].communeFunction}
                onChange={(event) =>
                  update(nature, letter, { communeFunction: event.currentTarget.value })
                }
                error={fieldError(
                  error?.fieldErrors,
                  `annex.saisineMatrix.${nature}.${letter}.communeFunction`,
                )}
              />
              <TextField
                id={cellId(nature, letter, "service")}
                label={t.sharedFunction(t.natures[nature], letter)}
                value={form.value[nature][letter].sharedServiceFunction}
                onChange={(event) =>
                  update(nature, letter, { sharedServiceFunction: event.currentTarget.value })
                }
                error={fieldError(
                  error?.fieldErrors,
                  `annex.saisineMatrix.${nature}.${letter}.sharedServiceFunction`,
                )}
              />
            </div>
          ))}
        </fieldset>
      ))}
    </DraftPartForm>
  );
}
