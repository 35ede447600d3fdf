/**
 * PGlite has no lock of its own: two processes opening one data directory would corrupt it. The
 * directory itself is held with an exclusive advisory lock (flock(2)) for as long as the database
 * is open. The kernel releases it when the process ends, however it ends — so a lock left by a
 * killed process never blocks a restart (in a container the server is PID 1 every time), and there
 * is no file whose deletion could "clean" a live lock away. Decision: docs/adr/0013-data-dir-lock.md.
 */
import { closeSync, openSync } from "node:fs";
import fsExt from "fs-ext";

export class DataDirLockedError extends Error {
  constructor(dataDir: string) {
    super(
      `La base embarquée ${dataDir} est déjà ouverte par un autre processus. ` +
        "Arrêtez-le, ou utilisez un autre MUTU_DATA_DIR.",
    );
    this.name = "DataDirLockedError";
  }
}

/** Takes the directory's lock, or throws DataDirLockedError at once; returns its release. */
export function acquireDataDirLock(dataDir: string): () => void {
  // A descriptor of its own, so a second opening in this same process conflicts too.
  const fd = openSync(dataDir, "r");
  try {
    fsExt.flockSync(fd, "exnb");
  } catch (error) {
    closeSync(fd);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EAGAIN" || code === "EWOULDBLOCK") throw new DataDirLockedError(dataDir);
    throw error;
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    // Closing the last descriptor releases the lock; unlocking first says so explicitly.
    try {
      fsExt.flockSync(fd, "un");
    } finally {
      closeSync(fd);
    }
  };
}
