/**
 * The request body limits of /trpc. Every call gets a small one — sign-in, every form, every
 * filter fits in it many times over — and the body is refused as it streams in, before it is read
 * or parsed. Only attachment uploads by an authenticated caller get the large one, from the
 * domain's attachment policy: attachments travel as base64 in JSON, one per upload call, and a tRPC
 * batch may carry several — the largest legitimate batch is a saisine's full set at the largest
 * size, each with its JSON envelope (name, type, ids).
 */
import {
  ATTACHMENT_MAX_BASE64_CHARS,
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MAX_PER_SAISINE,
} from "@mutu/domain";

export const SMALL_BODY_MAX_BYTES = 64 * 1024;

const ENVELOPE_BYTES = 16 * 1024;

export const UPLOAD_BODY_MAX_BYTES =
  ATTACHMENT_MAX_PER_SAISINE * (ATTACHMENT_MAX_BASE64_CHARS + ENVELOPE_BYTES);

/** The procedures whose calls carry files. */
const UPLOADS = new Set(["saisines.uploadAttachment"]);

/** The limit of a request: the large one only for a batch of uploads, once the caller is known. */
export function bodyLimitOf(procedures: readonly string[], authenticated: boolean) {
  return authenticated && procedures.length > 0 && procedures.every((p) => UPLOADS.has(p))
    ? UPLOAD_BODY_MAX_BYTES
    : SMALL_BODY_MAX_BYTES;
}

/** A request body over its limit: for an upload, too many large files at once. */
export const REQUEST_TOO_LARGE_MESSAGE = `Requête trop volumineuse : une pièce jointe fait au plus ${ATTACHMENT_MAX_BYTES / 1024 / 1024} Mo ; envoyez les fichiers un par un.`;
export const BODY_TOO_LARGE_MESSAGE = `Requête trop volumineuse : ${SMALL_BODY_MAX_BYTES / 1024} Ko au plus.`;
