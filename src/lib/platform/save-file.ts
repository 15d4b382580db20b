// Saves text as a file on the user's device through the browser's download (an <a download>
// on an object URL): nothing is uploaded, no server is involved.

export interface FileToSave {
  name: string;
  /** MIME type without parameters, e.g. application/json; the text is saved as UTF-8. */
  type: string;
  text: string;
}

/**
 * How long the object URL stays valid after the click. The browser reads it after click()
 * returns, asynchronously (Firefox bug 1282407), and later still on a slow device or behind a
 * "where to save" prompt; revoking too soon makes the download fail or come out empty. Holding
 * a few kilobytes of text for ten seconds costs nothing (FileSaver.js waits 40 s).
 */
export const REVOKE_AFTER_MS = 10_000;

export function saveFile(file: FileToSave, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
