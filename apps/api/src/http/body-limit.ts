/**
 * The largest request body /trpc accepts, from the domain's attachment policy. Attachments travel
 * as base64 in JSON, one per upload call, and a tRPC batch may carry several calls: the largest
 * legitimate batch is a saisine's full set of attachments at the largest size, each with its JSON
 * envelope (name, type, ids), plus room for the batch's other calls.
 */
import {
  ATTACHMENT_MAX_BASE64_CHARS,
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MAX_PER_SAISINE,
} from "@mutu/domain";

const ENVELOPE_BYTES = 16 * 1024;
const OTHER_CALLS_BYTES = 1024 * 1024;

export const TRPC_BODY_MAX_BYTES =
  ATTACHMENT_MAX_PER_SAISINE * (ATTACHMENT_MAX_BASE64_CHARS + ENVELOPE_BYTES) + OTHER_CALLS_BYTES;

/** A /trpc request body over the limit: in practice, too many large files at once. */
export const REQUEST_TOO_LARGE_MESSAGE = `Requête trop volumineuse : une pièce jointe fait au plus ${ATTACHMENT_MAX_BYTES / 1024 / 1024} Mo ; envoyez les fichiers un par un.`;
