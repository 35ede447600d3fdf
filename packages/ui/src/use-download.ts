/**
 * A file the API builds, fetched behind a button and saved: which button's file is on its way
 * (`busy`, the button shows it), then the file saved and announced (`done`, for a live region) —
 * or why it failed (`error`). `announce` words the news from the file's name.
 */
import { useState } from "react";
import { type DownloadableFile, downloadBase64File } from "./download.ts";
import { type FormError, toFormError } from "./form-error.ts";

export function useDownload<K = true>(announce: (filename: string) => string) {
  const [busy, setBusy] = useState<K | null>(null);
  const [error, setError] = useState<FormError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  /** Fetches the file of button `key` (none may come: nothing to save) and saves it. */
  async function run(key: K, fetchFile: () => Promise<DownloadableFile | null | undefined>) {
    setBusy(key);
    setError(null);
    setDone(null);
    try {
      const file = await fetchFile();
      if (file) {
        downloadBase64File(file);
        setDone(announce(file.filename));
      }
    } catch (caught) {
      setError(toFormError(caught));
    } finally {
      setBusy(null);
    }
  }
  return { busy, error, done, run };
}
