// The API keeps what the importer read, not the file's text. Right after an upload the console
// still has the file, so the review shows the real lines; the text is kept for the tab's session
// (a reload keeps it). Too large for sessionStorage: kept in memory only.
const memory = new Map<string, string>();
const key = (jobId: string) => `dondoc.import-source.${jobId}`;

export function rememberSource(jobId: string, text: string): void {
  memory.set(jobId, text);
  try {
    window.sessionStorage.setItem(key(jobId), text);
  } catch {
    // quota exceeded or storage disabled: memory is enough for this visit
  }
}

export function recallSource(jobId: string): string | undefined {
  const inMemory = memory.get(jobId);
  if (inMemory !== undefined) return inMemory;
  try {
    return window.sessionStorage.getItem(key(jobId)) ?? undefined;
  } catch {
    return undefined;
  }
}
