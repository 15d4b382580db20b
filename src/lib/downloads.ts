// What Bedside downloads on first use, for the first-visit notice.

export interface DownloadItem {
  what: string;
  /** Bytes, or a [smallest, largest] range when the user picks among options; null if unknown. */
  bytes: number | [number, number] | null;
  note: string;
}
