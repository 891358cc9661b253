/**
 * Save a file from an extension page: a Blob and a download link. No "downloads" permission,
 * no network: the file never leaves the browser.
 */
export function download(fileName: string, data: string | Uint8Array | Blob, mime: string): void {
  // A Blob is wrapped, not copied: the JSON export's Blob of slices stays as it is.
  const blob = new Blob([data as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
