/**
 * A file sent as base64 in a procedure's JSON (a saisine's attachment, an indicator's evidence),
 * checked before anything is stored: the size from the base64 length before decoding, the name and
 * declared type (the domain's attachment policy), then the first bytes against the extension. A
 * refusal names the field it is about, in French.
 */
import { createHash } from "node:crypto";
import { checkAttachment, matchesFileSignature } from "@mutu/domain";
import { AppError } from "../errors.ts";

/** Decoded size of a base64 text, without decoding it. */
function decodedSize(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

export const refusedFile = (message: string, field = "file") =>
  new AppError("BAD_REQUEST", message, { [field]: [message] });

export type CheckedFile = {
  fileName: string;
  mimeType: string;
  content: Buffer;
  sha256: string;
};

export function checkedFile(
  input: { fileName: string; mediaType: string; contentBase64: string },
  field = "file",
): CheckedFile {
  const base64 = input.contentBase64.replace(/\s+/g, "");
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64))
    throw refusedFile("Le contenu du fichier est illisible (base64 attendu).", field);
  const check = checkAttachment({
    name: input.fileName,
    size: decodedSize(base64),
    type: input.mediaType,
  });
  if (!check.ok) throw refusedFile(check.error, field);
  const content = Buffer.from(base64, "base64");
  if (!matchesFileSignature(check.extension, content.subarray(0, 64)))
    throw refusedFile(
      `Le contenu du fichier « ${input.fileName} » ne correspond pas à un fichier .${check.extension} : il a été refusé.`,
      field,
    );
  return {
    fileName: input.fileName.normalize("NFC"),
    mimeType: check.mimeType,
    content,
    sha256: createHash("sha256").update(content).digest("hex"),
  };
}
