/** Offers `text` as a download named `fileName` (a Blob URL and an `<a download>`); nothing leaves the machine. */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name for a download: `base` without its extension (or `fallback`), then `extension`; characters file systems refuse become `-`. */
export function downloadName(base: string, extension: string, fallback = 'scenarios'): string {
  const printable = Array.from(base, (c) => (c.charCodeAt(0) < 32 ? '-' : c)).join('');
  const stem =
    printable
      .replace(/\.[A-Za-z0-9]+$/, '')
      .replace(/[\\/:*?"<>|]+/g, '-')
      .trim() || fallback;
  return `${stem.slice(0, 100)}${extension}`;
}
