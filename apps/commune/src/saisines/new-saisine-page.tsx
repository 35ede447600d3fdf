/** « Nouvelle saisine »: the filing form, then what filing gave (reference, routing, due dates). */
import { Link, Page } from "@mutu/ui";
import { useState } from "react";
import { FiledResult, type UploadOutcome } from "@mutu/web/saisines";
import { saisinesMessages } from "./messages.ts";
import { NewSaisineForm } from "./new-saisine-form.tsx";
import type { FiledSaisine } from "./types.ts";

const t = saisinesMessages.form;

export function NewSaisinePage() {
  const [filed, setFiled] = useState<{ saisine: FiledSaisine; uploads: UploadOutcome[] } | null>(
    null,
  );
  // A new form (and a new idempotency key) for each filing.
  const [round, setRound] = useState(0);
  return (
    <Page title={t.title} lead={t.lead}>
      <p>
        <Link to="/saisines">{t.back}</Link>
      </p>
      {filed ? (
        <FiledResult
          id="saisine-deposee"
          saisine={filed.saisine}
          uploads={filed.uploads}
          wording={saisinesMessages.filed}
          onAnother={() => {
            setFiled(null);
            setRound(round + 1);
            // The button is gone with the result: start again from the page's title.
            requestAnimationFrame(() =>
              document.querySelector<HTMLElement>(".page-title")?.focus(),
            );
          }}
        />
      ) : (
        <NewSaisineForm key={round} onFiled={setFiled} />
      )}
    </Page>
  );
}
