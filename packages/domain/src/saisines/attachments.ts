/**
 * What a saisine may carry as attachments: documents and screenshots, nothing executable.
 * The name, declared type and size are checked here; the server also checks the first bytes
 * (matchesFileSignature), since a browser's declared type is only the extension's guess.
 */

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_MAX_PER_SAISINE = 10;
export const ATTACHMENT_NAME_MAX = 200;
/** The base64 text of the largest file (4 characters per 3 bytes), plus line breaks some encoders insert. */
export const ATTACHMENT_MAX_BASE64_CHARS = Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4 + 1024;

const OOXML = "application/vnd.openxmlformats-officedocument";
const ODF = "application/vnd.oasis.opendocument";

/** Allowed extensions and the MIME types each may be declared with (lower case). */
export const ATTACHMENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  pdf: ["application/pdf"],
  png: ["image/png"],
  jpg: ["image/jpeg"],
  jpeg: ["image/jpeg"],
  txt: ["text/plain"],
  // Windows browsers declare CSV files with Excel's type.
  csv: ["text/csv", "application/vnd.ms-excel", "text/plain"],
  doc: ["application/msword"],
  docx: [`${OOXML}.wordprocessingml.document`],
  xls: ["application/vnd.ms-excel"],
  xlsx: [`${OOXML}.spreadsheetml.sheet`],
  ppt: ["application/vnd.ms-powerpoint"],
  pptx: [`${OOXML}.presentationml.presentation`],
  odt: [`${ODF}.text`],
  ods: [`${ODF}.spreadsheet`],
  odp: [`${ODF}.presentation`],
};

export const ATTACHMENT_TYPES_LABEL =
  "PDF, PNG, JPEG, texte, CSV, Word, Excel, PowerPoint ou OpenDocument";

/** Extensions that run something when opened: never allowed anywhere in a name. */
const EXECUTABLE = new Set([
  "exe",
  "com",
  "bat",
  "cmd",
  "scr",
  "pif",
  "msi",
  "msp",
  "dll",
  "cpl",
  "jar",
  "js",
  "jse",
  "vbs",
  "vbe",
  "wsf",
  "wsh",
  "ps1",
  "psm1",
  "sh",
  "bash",
  "hta",
  "lnk",
  "reg",
  "iso",
  "img",
  "vhd",
  "apk",
  "app",
  "dmg",
  "html",
  "htm",
  "svg",
  "xhtml",
  "docm",
  "xlsm",
  "pptm",
  "dotm",
  "xltm",
  "potm",
  "ppsm",
  "sldm",
  "xlam",
  "ppam",
]);

export type AttachmentCandidate = { name: string; size: number; type: string };
export type AttachmentCheck =
  | { ok: true; extension: string; mimeType: string }
  | { ok: false; error: string };

const refuse = (error: string): AttachmentCheck => ({ ok: false, error });

// Rounded up, so a file just over the limit never reads as "10 Mo".
function megabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return `${tenths.toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
}

/**
 * Whether one file may be attached, with the reason in French when not. Refused: empty or too
 * large files, names with a path, control or bidirectional characters (the "fdp.exe" trick
 * reversed on screen), trailing dots or spaces, double extensions hiding an executable
 * ("facture.pdf.exe", "photo.exe.jpg"), unlisted extensions, and a declared type that does not
 * fit the extension.
 */
export function checkAttachment(file: AttachmentCandidate): AttachmentCheck {
  const name = file.name.normalize("NFC");
  if (!Number.isInteger(file.size) || file.size <= 0)
    return refuse(`Le fichier « ${name} » est vide.`);
  if (file.size > ATTACHMENT_MAX_BYTES) {
    return refuse(
      `Le fichier « ${name} » est trop lourd (${megabytes(file.size)}) : ${megabytes(ATTACHMENT_MAX_BYTES)} au plus par pièce jointe.`,
    );
  }
  if (name.trim().length === 0) return refuse("Le fichier n'a pas de nom.");
  if (name.length > ATTACHMENT_NAME_MAX) {
    return refuse(`Nom de fichier trop long (${ATTACHMENT_NAME_MAX} caractères au plus).`);
  }
  if (/[/\\]/.test(name)) return refuse(`Nom de fichier invalide (« ${name} ») : pas de chemin.`);
  if (/[\p{Cc}\p{Cf}]/u.test(name)) {
    return refuse(
      "Le nom du fichier contient des caractères invisibles ou de contrôle : renommez-le.",
    );
  }
  if (/[.\s]$/.test(name) || name.startsWith(".")) {
    return refuse(
      `Nom de fichier invalide (« ${name} ») : il ne peut commencer par un point ni finir par un point ou un espace.`,
    );
  }
  const parts = name.toLowerCase().split(".");
  if (parts.length < 2) {
    return refuse(
      `Le fichier « ${name} » n'a pas d'extension : types acceptés : ${ATTACHMENT_TYPES_LABEL}.`,
    );
  }
  const extension = parts[parts.length - 1] ?? "";
  const inner = parts.slice(1, -1).map((part) => part.trim());
  const allowed = ATTACHMENT_TYPES[extension];
  if (!allowed) {
    const masked = inner.find((part) => ATTACHMENT_TYPES[part]);
    return refuse(
      masked
        ? `Le fichier « ${name} » a une double extension : c'est un fichier .${extension} déguisé en .${masked}, refusé.`
        : `Type de fichier non autorisé (.${extension}) : ${ATTACHMENT_TYPES_LABEL} seulement.`,
    );
  }
  const hidden = inner.find((part) => EXECUTABLE.has(part));
  if (hidden) {
    return refuse(
      `Le fichier « ${name} » a une double extension (.${hidden}.${extension}) : renommez-le sans l'extension .${hidden}.`,
    );
  }
  const mimeType = file.type.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!allowed.includes(mimeType)) {
    return refuse(
      mimeType
        ? `Le type déclaré (${mimeType}) ne correspond pas à l'extension .${extension} du fichier « ${name} ».`
        : `Le type du fichier « ${name} » n'est pas déclaré : impossible de vérifier qu'il s'agit bien d'un .${extension}.`,
    );
  }
  return { ok: true, extension, mimeType };
}

/** Several files at once, on top of those already attached: every refusal, or all accepted. */
export function checkAttachments(
  files: readonly AttachmentCandidate[],
  alreadyAttached = 0,
):
  | { ok: true; files: Array<{ extension: string; mimeType: string }> }
  | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const accepted: Array<{ extension: string; mimeType: string }> = [];
  if (alreadyAttached + files.length > ATTACHMENT_MAX_PER_SAISINE) {
    errors.push(
      `${ATTACHMENT_MAX_PER_SAISINE} pièces jointes au plus par saisine (${alreadyAttached} déjà jointe(s), ${files.length} proposée(s)).`,
    );
  }
  for (const file of files) {
    const check = checkAttachment(file);
    if (check.ok) accepted.push({ extension: check.extension, mimeType: check.mimeType });
    else errors.push(check.error);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files: accepted };
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // OOXML and OpenDocument are zip archives
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // legacy Office

const SIGNATURES: Record<string, readonly number[] | "text"> = {
  pdf: PDF,
  png: PNG,
  jpg: JPEG,
  jpeg: JPEG,
  txt: "text",
  csv: "text",
  doc: OLE,
  xls: OLE,
  ppt: OLE,
  docx: ZIP,
  xlsx: ZIP,
  pptx: ZIP,
  odt: ZIP,
  ods: ZIP,
  odp: ZIP,
};

/**
 * Whether the file's first bytes (16 are enough; more for text) fit its extension: magic
 * numbers for binary formats, no NUL byte for text. Unknown extension: false.
 */
export function matchesFileSignature(extension: string, head: Uint8Array): boolean {
  const signature = SIGNATURES[extension.toLowerCase()];
  if (!signature) return false;
  if (signature === "text") return !head.includes(0);
  return signature.every((byte, index) => head[index] === byte);
}
