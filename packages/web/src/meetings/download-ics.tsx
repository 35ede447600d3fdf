/** « Ajouter à mon agenda (fichier .ics) »: one meeting for any calendar, in both spaces. */
import { Alert, Button, downloadText, toFormError } from "@mutu/ui";
import { useState } from "react";
import { trpc } from "../trpc.ts";
import { meetingsMessages as t } from "./messages.ts";

export function DownloadIcsButton({
  meetingId,
  onDone,
}: {
  meetingId: string;
  onDone(message: string): void;
}) {
  const utils = trpc.useUtils();
  const [error, setError] = useState<string | null>(null);
  async function download() {
    setError(null);
    try {
      const file = await utils.meetings.ics.fetch({ meetingId });
      downloadText(file.content, file.filename, file.mimeType);
      onDone(t.meeting.downloaded(file.filename));
    } catch (e) {
      setError(toFormError(e).message);
    }
  }
  return (
    <>
      {error ? <Alert>{error}</Alert> : null}
      <div className="page-actions">
        <Button variant="secondary" onClick={download}>
          {t.meeting.download}
        </Button>
      </div>
    </>
  );
}

/** What a person types one item per line (an agenda, decisions, names), without blank lines. */
export const textLines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
