/**
 * A text to pass on (an answer for a resident, a secret): shown in a read-only field with a copy
 * button. The clipboard API needs a secure context and the person's permission; when it is
 * missing or refused, the text is selected in the field and copied the old way, or the person is
 * told to press Ctrl+C. Either way the outcome is announced in a polite live region.
 */
import { useRef, useState } from "react";
import { Button } from "./button.tsx";
import { TextAreaField } from "./field.tsx";
import { uiMessages } from "./messages.ts";
import { Status } from "./notice.tsx";

type CopyTextProps = {
  id: string;
  label: string;
  text: string;
  hint?: string;
  /** The button's text (« Copier la réponse »). */
  copyLabel: string;
  copied?: string;
  copyFailed?: string;
  rows?: number;
};

/** Selects the field's text and asks the browser to copy it (works without the clipboard API). */
function copyBySelection(field: HTMLTextAreaElement): boolean {
  field.focus();
  field.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}

export function CopyText({
  id,
  label,
  text,
  hint,
  copyLabel,
  copied = uiMessages.copy.done,
  copyFailed = uiMessages.copy.failed,
  rows = 6,
}: CopyTextProps) {
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function copy() {
    setStatus(null);
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setStatus(copied);
    } catch {
      const done = field.current ? copyBySelection(field.current) : false;
      setStatus(done ? copied : copyFailed);
    }
  }

  return (
    <div className="copy-text">
      <TextAreaField
        ref={field}
        id={id}
        label={label}
        hint={hint}
        readOnly
        rows={rows}
        className="input input-wide"
        value={text}
      />
      <Button variant="secondary" onClick={() => void copy()}>
        {copyLabel}
      </Button>
      <Status>{status}</Status>
    </div>
  );
}
