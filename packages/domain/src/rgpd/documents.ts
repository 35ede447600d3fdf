/**
 * Documents of the registers: the technical documentation of a processing, the evidence of a
 * breach's handling, the documents of a request, the file of a reference document. They travel as
 * base64 and are checked like a saisine's attachments (saisines/attachments.ts).
 */
import { z } from "zod";
import { ATTACHMENT_MAX_BASE64_CHARS } from "../saisines/attachments.ts";
import { optionalText, requiredText, uuidOf } from "./fields.ts";
import { RGPD_SUBJECTS } from "./vocabulary.ts";

export const DOCUMENT_SUBJECTS = [...RGPD_SUBJECTS, "reference"] as const;
export type DocumentSubject = (typeof DOCUMENT_SUBJECTS)[number];

export const uploadRgpdDocumentInput = z.object({
  subject: z.enum(DOCUMENT_SUBJECTS, { error: "Objet du document inconnu." }),
  subjectId: uuidOf("Dossier"),
  title: optionalText(300),
  fileName: requiredText("Choisissez un fichier.", 300),
  mediaType: z.string({ error: "Type de fichier attendu." }).max(200),
  contentBase64: z
    .string({ error: "Contenu du fichier attendu." })
    .min(1, "Le fichier est vide.")
    .max(ATTACHMENT_MAX_BASE64_CHARS, "Fichier trop lourd (10 Mo au plus)."),
});

export const documentIdInput = z.object({ documentId: uuidOf("Document") });
