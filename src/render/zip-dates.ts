/**
 * Sets the modification time of every entry of a zip file (both its local header and its central
 * directory record) to one date, in place. Zip libraries stamp entries with the current time, which
 * would make two renderings of the same plan differ.
 */
export function setZipDates(zip: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // MS-DOS date and time, local fields read as written (UTC here), two-second resolution.
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const end = findEndOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('zip: broken central directory');
    view.setUint16(at + 12, dosTime, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('zip: broken local header');
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 65535); at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  throw new Error('zip: no end of central directory');
}
