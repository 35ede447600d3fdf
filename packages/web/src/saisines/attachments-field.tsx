/**
 * Choosing attachments: the limits said up front, each file checked in the browser with the
 * domain's own rules (size, type, double extensions) so a refusal comes before anything is sent;
 * the server checks again, first bytes included. Files go one by one once the saisine exists.
 */
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MAX_PER_SAISINE,
  ATTACHMENT_TYPES,
  ATTACHMENT_TYPES_LABEL,
  checkAttachments,
} from "@mutu/domain";
import { TextField, formatFileSize, readFileAsBase64, toFormError } from "@mutu/ui";
import { trpc } from "../trpc.ts";
import { saisineMessages } from "./messages.ts";

const t = saisineMessages.files;

const ACCEPT = Object.keys(ATTACHMENT_TYPES)
  .map((extension) => `.${extension}`)
  .join(",");

/** The French reasons these files cannot be attached (none: they can). */
export function attachmentErrors(files: readonly File[], alreadyAttached = 0): string[] {
  const check = checkAttachments(
    files.map((file) => ({ name: file.name, size: file.size, type: file.type })),
    alreadyAttached,
  );
  return check.ok ? [] : check.errors;
}

type AttachmentsFieldProps = {
  id: string;
  label?: string;
  files: readonly File[];
  onChange(files: File[]): void;
  error?: readonly string[];
};

export function AttachmentsField({
  id,
  label = t.label,
  files,
  onChange,
  error,
}: AttachmentsFieldProps) {
  return (
    <>
      <TextField
        id={id}
        label={label}
        hint={t.hint(
          ATTACHMENT_TYPES_LABEL,
          formatFileSize(ATTACHMENT_MAX_BYTES),
          ATTACHMENT_MAX_PER_SAISINE,
        )}
        type="file"
        multiple
        accept={ACCEPT}
        onChange={(event) => onChange(Array.from(event.currentTarget.files ?? []))}
        error={error}
      />
      {files.length ? (
        <div className="field">
          <p>{t.chosen(files.length)}</p>
          <ul>
            {files.map((file) => (
              <li key={`${file.name}-${file.size}-${file.lastModified}`}>
                {file.name} ({formatFileSize(file.size)})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

export type UploadOutcome = { name: string; error: string | null };

/**
 * Sends files to a saisine one after the other; each outcome says whether it was accepted.
 * `onFile` hears the name of each file as it starts, for a progress message.
 */
export function useAttachmentUpload() {
  const upload = trpc.saisines.uploadAttachment.useMutation();
  return async function send(
    saisineId: string,
    files: readonly File[],
    onFile?: (name: string) => void,
  ): Promise<UploadOutcome[]> {
    const outcomes: UploadOutcome[] = [];
    for (const file of files) {
      onFile?.(file.name);
      try {
        await upload.mutateAsync({
          saisineId,
          fileName: file.name,
          mediaType: file.type,
          contentBase64: await readFileAsBase64(file),
          visibility: "public",
        });
        outcomes.push({ name: file.name, error: null });
      } catch (error) {
        outcomes.push({ name: file.name, error: toFormError(error).message });
      }
    }
    return outcomes;
  };
}
