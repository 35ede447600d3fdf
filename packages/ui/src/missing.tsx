/** A missing value: a dash on screen, « non renseigné » for screen readers. */
import { uiMessages } from "./messages.ts";

export function Missing({ label = uiMessages.notAvailableSpoken }: { label?: string }) {
  return (
    <>
      <span aria-hidden="true">{uiMessages.notAvailable}</span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}
