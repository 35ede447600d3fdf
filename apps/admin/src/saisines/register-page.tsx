/** « Enregistrer une saisine »: the call centre's form, then what registering gave. */
import { FilingPage } from "@mutu/web/saisines";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { saisinesMessages } from "./messages.ts";
import { RegisterForm } from "./register-form.tsx";

export function RegisterPage() {
  const orgs = useOrganisations();
  return (
    <FilingPage
      wording={saisinesMessages.form}
      filedWording={saisinesMessages.filed}
      resultId="saisine-enregistree"
      form={(onFiled) => <RegisterForm communes={orgs.communes} onFiled={onFiled} />}
    />
  );
}
