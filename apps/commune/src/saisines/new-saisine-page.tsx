/** « Nouvelle saisine »: the filing form, then what filing gave (reference, routing, due dates). */
import { FilingPage } from "@mutu/web/saisines";
import { saisinesMessages } from "./messages.ts";
import { NewSaisineForm } from "./new-saisine-form.tsx";

export function NewSaisinePage() {
  return (
    <FilingPage
      wording={saisinesMessages.form}
      filedWording={saisinesMessages.filed}
      resultId="saisine-deposee"
      form={(onFiled) => <NewSaisineForm onFiled={onFiled} />}
    />
  );
}
