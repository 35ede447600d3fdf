/**
 * Saving a file the API sent in a response (base64 with its name and type) or built in the page:
 * a Blob behind a temporary link the browser downloads. No inline script, nothing for the CSP.
 */
export type DownloadableFile = { filename: string; mimeType: string; base64: string };

export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadBase64File(file: DownloadableFile) {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBlob(new Blob([bytes], { type: file.mimeType }), file.filename);
}

export function downloadText(text: string, filename: string, mimeType: string) {
  downloadBlob(new Blob([text], { type: mimeType }), filename);
}
