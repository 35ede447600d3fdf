/**
 * The box at the top of a form after a failed submit: the server's message and one link per field
 * in error, which moves the focus to that field. It takes the focus when it appears (keyboard and
 * screen-reader users start from the list of what to fix) and is a `role="alert"` live region.
 */
import { type MouseEvent, useEffect, useRef } from "react";
import { type FormError, fieldError } from "./form-error.ts";
import { uiMessages } from "./messages.ts";

export type SummaryField = { name: string; id: string; label: string };

type FormErrorSummaryProps = {
  error: FormError | null;
  /** The form's fields in their order on screen: API field name, control id, visible label. */
  fields?: readonly SummaryField[];
  title?: string;
  headingLevel?: 2 | 3;
};

export function FormErrorSummary({
  error,
  fields = [],
  title = uiMessages.errorSummaryTitle,
  headingLevel = 2,
}: FormErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) box.current?.focus();
  }, [error]);
  if (!error) return null;

  const known = new Set<string>();
  const items = fields.flatMap((field) => {
    const messages = fieldError(error.fieldErrors, field.name);
    for (const key of Object.keys(error.fieldErrors))
      if (key === field.name || key.startsWith(`${field.name}.`)) known.add(key);
    return messages.length ? [{ ...field, messages }] : [];
  });
  const others = Object.entries(error.fieldErrors)
    .filter(([key]) => !known.has(key))
    .flatMap(([, messages]) => messages);

  function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: "center" });
  }

  const Heading = headingLevel === 2 ? "h2" : "h3";
  const count = items.length + others.length;
  return (
    <div ref={box} className="error-summary" role="alert" tabIndex={-1}>
      <Heading className="error-summary-title">{title}</Heading>
      <p>{error.message}</p>
      {count > 0 ? (
        <>
          <p>{uiMessages.errorCount(count)}</p>
          <ul>
            {items.map((item) => (
              <li key={item.name}>
                <a href={`#${item.id}`} onClick={(event) => focusField(event, item.id)}>
                  {item.label} : {item.messages.join(" ")}
                </a>
              </li>
            ))}
            {others.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
