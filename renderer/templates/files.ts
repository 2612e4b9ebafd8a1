// The browser side of upload and download: a chosen File read as text or
// base64, and a Blob link that saves text under a file name.

export async function fileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short for a 500 KB logo.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** An object URL for the XML; revoke it with URL.revokeObjectURL when done. */
export function xmlBlobUrl(xml: string): string {
  return URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
}
