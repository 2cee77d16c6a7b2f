// Saves text or bytes as a file through the browser's download (the app has no file system of its
// own). Characters file systems refuse in a name become "_".
export function downloadText(text: string, fileName: string, mime: string): void {
  downloadBlob(new Blob([text], { type: mime }), fileName);
}

/** A binary file (a .zip, an .xlsx): `new Blob([bytes], { type })` made by the caller. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_');
  document.body.append(a);
  a.click();
  a.remove();
  // Long enough for the download to have started; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
