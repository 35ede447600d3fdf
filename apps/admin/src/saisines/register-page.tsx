/** « Enregistrer une saisine »: the call centre's form, then what registering gave. */
import { Link, Page } from "@mutu/ui";
import { useState } from "react";
import { FiledResult, type UploadOutcome } from "@mutu/web/saisines";
import { saisinesMessages } from "./messages.ts";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { RegisterForm } from "./register-form.tsx";
import type { FiledSaisine } from "./types.ts";

const t = saisinesMessages.form;

export function RegisterPage() {
  const orgs = useOrganisations();
  const [filed, setFiled] = useState<{ saisine: FiledSaisine; uploads: UploadOutcome[] } | null>(
    null,
  );
  // A new form (and a new idempotency key) for each saisine.
  const [round, setRound] = useState(0);
  return (
    <Page title={t.title} lead={t.lead}>
      <p>
        <Link to="/saisines">{t.back}</Link>
      </p>
      {filed ? (
        <FiledResult
          id="saisine-enregistree"
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
        <RegisterForm
          key={round}
          communes={orgs.list.filter((org) => org.kind === "commune")}
          onFiled={setFiled}
        />
      )}
    </Page>
  );
}
