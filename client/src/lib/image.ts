const MAX_EDGE = 1600;
const QUALITY = 0.7;

/**
 * Shrinks a camera photo on the phone (about 1600 px, JPEG q0.7: a 4 MB photo becomes ~300 KB) so it uploads on
 * a weak network. Re-encoding through a canvas also drops EXIF, including GPS. PDFs and files the browser cannot
 * decode are sent as they are; the server checks type and size.
 */
export async function compressImage(file: Blob): Promise<Blob> {
  if (!file.type.startsWith('image/') || typeof createImageBitmap !== 'function') return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return file;
  }
  const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY));
  return blob && blob.size < file.size ? blob : file;
}
