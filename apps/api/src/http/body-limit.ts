/**
 * The request body limits of /trpc. Every call gets a small one — sign-in, every form, every
 * filter fits in it many times over — and the body is refused as it streams in, before it is read
 * or parsed. Only the calls that carry a file, made by an authenticated caller, get a larger one,
 * from the domain's own limits: an attachment travels as base64 in JSON, an annex as JSON text in
 * a JSON string (escaping may double it). A tRPC batch of such calls gets their sum, up to a
 * saisine's full set of attachments.
 */
import {
  ANNEX_FILE_MAX_CHARS,
  ATTACHMENT_MAX_BASE64_CHARS,
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MAX_PER_SAISINE,
} from "@mutu/domain";

export const SMALL_BODY_MAX_BYTES = 64 * 1024;

/** A call's JSON envelope around its file (name, type, ids). */
const ENVELOPE_BYTES = 16 * 1024;

/** The procedures whose calls carry a file, and the largest body one call needs. */
const FILE_CALLS: Record<string, number> = {
  "saisines.uploadAttachment": ATTACHMENT_MAX_BASE64_CHARS + ENVELOPE_BYTES,
  "contracts.importAnnex": 2 * ANNEX_FILE_MAX_CHARS + ENVELOPE_BYTES,
};

/** The largest batch of uploads: a saisine's full set of attachments at the largest size. */
export const UPLOAD_BODY_MAX_BYTES =
  ATTACHMENT_MAX_PER_SAISINE * (ATTACHMENT_MAX_BASE64_CHARS + ENVELOPE_BYTES);

/** The limit of a request: larger only for a batch of file calls, once the caller is known. */
export function bodyLimitOf(procedures: readonly string[], authenticated: boolean) {
  const files = procedures.map((p) => FILE_CALLS[p]);
  if (!authenticated || files.length === 0 || files.length > ATTACHMENT_MAX_PER_SAISINE)
    return SMALL_BODY_MAX_BYTES;
  let total = 0;
  for (const size of files) {
    if (size === undefined) return SMALL_BODY_MAX_BYTES;
    total += size;
  }
  return total;
}

/** A request body over its limit: for an upload, too many large files at once. */
export const REQUEST_TOO_LARGE_MESSAGE = `Requête trop volumineuse : une pièce jointe fait au plus ${ATTACHMENT_MAX_BYTES / 1024 / 1024} Mo ; envoyez les fichiers un par un.`;
export const BODY_TOO_LARGE_MESSAGE = `Requête trop volumineuse : ${SMALL_BODY_MAX_BYTES / 1024} Ko au plus.`;
