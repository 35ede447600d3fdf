import { describe, expect, test } from "vitest";
import {
  ATTACHMENT_MAX_BYTES,
  checkAttachment,
  checkAttachments,
  matchesFileSignature,
} from "./attachments.ts";

const KB = 1024;
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("checkAttachment — accepted", () => {
  test.each([
    ["compte-rendu.pdf", "application/pdf", "pdf"],
    ["Capture d'écran 2026-05-14.PNG", "image/png", "png"],
    ["photo.jpeg", "image/jpeg", "jpeg"],
    ["photo.jpg", "IMAGE/JPEG", "jpg"],
    ["journal.txt", "text/plain; charset=utf-8", "txt"],
    ["export.csv", "text/csv", "csv"],
    ["export.csv", "application/vnd.ms-excel", "csv"],
    ["note.docx", DOCX, "docx"],
    ["budget.ods", "application/vnd.oasis.opendocument.spreadsheet", "ods"],
    ["rapport.v2.final.pdf", "application/pdf", "pdf"],
    ["scan.pdf.png", "image/png", "png"],
  ])("%s (%s)", (name, type, extension) => {
    expect(checkAttachment({ name, type, size: 200 * KB })).toMatchObject({ ok: true, extension });
  });

  test("exactly 10 MB is accepted", () => {
    expect(
      checkAttachment({ name: "a.pdf", type: "application/pdf", size: ATTACHMENT_MAX_BYTES }).ok,
    ).toBe(true);
  });
});

describe("checkAttachment — refused, with the reason", () => {
  test.each([
    [
      "facture.pdf.exe",
      "application/x-msdownload",
      1,
      /^Le fichier «\sfacture\.pdf\.exe\s» a une double extension\s: c'est un fichier \.exe déguisé en \.pdf, refusé\.$/,
    ],
    [
      "photo.exe.jpg",
      "image/jpeg",
      1,
      /double extension \(\.exe\.jpg\)\s: renommez-le sans l'extension \.exe\.$/,
    ],
    [
      "macro.docm",
      "application/vnd.ms-word.document.macroEnabled.12",
      1,
      /^Type de fichier non autorisé \(\.docm\)/,
    ],
    ["page.html", "text/html", 1, /^Type de fichier non autorisé \(\.html\)/],
    ["script.js", "text/javascript", 1, /non autorisé/],
    ["LISEZMOI", "text/plain", 1, /n'a pas d'extension/],
    [".htaccess", "text/plain", 1, /ne peut commencer par un point/],
    ["facture.exe.", "application/pdf", 1, /finir par un point ou un espace/],
    ["facture.pdf ", "application/pdf", 1, /finir par un point ou un espace/],
    ["../../etc/passwd.txt", "text/plain", 1, /pas de chemin/],
    ["C:\\temp\\a.pdf", "application/pdf", 1, /pas de chemin/],
    // U+202E reverses what follows on screen: "fichier‮fdp.exe" reads "fichierexe.pdf".
    ["fichier\u202efdp.exe", "application/pdf", 1, /caractères invisibles ou de contrôle/],
    [
      "rapport.pdf",
      "image/png",
      1,
      /^Le type déclaré \(image\/png\) ne correspond pas à l'extension \.pdf du fichier «\srapport\.pdf\s»\.$/,
    ],
    ["rapport.pdf", "application/octet-stream", 1, /ne correspond pas à l'extension \.pdf/],
    ["rapport.pdf", "", 1, /n'est pas déclaré/],
    ["vide.pdf", "application/pdf", 0, /^Le fichier «\svide\.pdf\s» est vide\.$/],
    [
      "gros.pdf",
      "application/pdf",
      ATTACHMENT_MAX_BYTES + 1,
      /^Le fichier «\sgros\.pdf\s» est trop lourd \(10,1 Mo\)\s: 10 Mo au plus par pièce jointe\.$/,
    ],
    ["énorme.pdf", "application/pdf", 25 * 1024 * KB + 512 * KB, /trop lourd \(25,5 Mo\)/],
  ])("%j (%s, %i bytes)", (name, type, size, message) => {
    const result = checkAttachment({ name, type, size });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  test("a name longer than 200 characters", () => {
    const result = checkAttachment({
      name: `${"a".repeat(197)}.pdf`,
      type: "application/pdf",
      size: 1,
    });
    expect(result).toEqual({
      ok: false,
      error: "Nom de fichier trop long (200 caractères au plus).",
    });
  });
});

describe("checkAttachments — at most 10 per saisine", () => {
  const pdf = { name: "a.pdf", type: "application/pdf", size: 1 };
  test("all accepted", () => {
    expect(checkAttachments([pdf, pdf], 8)).toEqual({
      ok: true,
      files: [
        { extension: "pdf", mimeType: "application/pdf" },
        { extension: "pdf", mimeType: "application/pdf" },
      ],
    });
  });
  test("every refusal is listed", () => {
    expect(checkAttachments([pdf, { ...pdf, name: "b.exe" }], 9)).toEqual({
      ok: false,
      errors: [
        "10 pièces jointes au plus par saisine (9 déjà jointe(s), 2 proposée(s)).",
        "Type de fichier non autorisé (.exe) : PDF, PNG, JPEG, texte, CSV, Word, Excel, PowerPoint ou OpenDocument seulement.",
      ],
    });
  });
});

describe("matchesFileSignature — the first bytes", () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  const text = (value: string) => new TextEncoder().encode(value);
  test.each([
    ["pdf", text("%PDF-1.7\n"), true],
    ["pdf", bytes(0x4d, 0x5a, 0x90, 0x00), false], // "MZ": a Windows executable
    ["png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00), true],
    ["jpg", bytes(0xff, 0xd8, 0xff, 0xe0), true],
    ["JPEG", bytes(0xff, 0xd8, 0xff, 0xe1), true],
    ["docx", bytes(0x50, 0x4b, 0x03, 0x04, 0x14), true],
    ["odt", bytes(0x50, 0x4b, 0x03, 0x04), true],
    ["xls", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), true],
    ["xls", bytes(0x50, 0x4b, 0x03, 0x04), false],
    ["csv", text("nom;prénom\nDurand;Hélène\n"), true],
    ["txt", bytes(0x41, 0x00, 0x42), false],
    ["pdf", bytes(0x25, 0x50), false], // truncated
    ["exe", bytes(0x4d, 0x5a), false],
  ])("%s %j → %s", (extension, head, expected) => {
    expect(matchesFileSignature(extension, head)).toBe(expected);
  });
});
