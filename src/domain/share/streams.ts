import { concatBytes, type Bytes } from "./bytes.ts";

// The platform's CompressionStream / DecompressionStream (browsers and Node 20 globals): no compression code of ours.

const FORMAT = "deflate-raw";
// Small input slices keep a zip bomb from inflating megabytes per write before the reader gets to stop it.
const INPUT_SLICE = 4096;

const ignore = () => {};

async function readAll(readable: ReadableStream<Uint8Array>): Promise<Bytes> {
  const reader = readable.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return concatBytes(chunks);
}

export async function deflateRaw(bytes: Uint8Array): Promise<Bytes> {
  const stream = new CompressionStream(FORMAT);
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Bytes).catch(ignore);
  void writer.close().catch(ignore);
  return readAll(stream.readable);
}

export type InflateResult = { ok: true; text: string } | { ok: false; reason: "damaged" | "too-large" };

/**
 * Inflates and decodes UTF-8, giving up as soon as the text passes `maxChars`. Never rejects: every failure of the
 * stream (bad deflate data, invalid UTF-8) comes back as "damaged".
 */
export async function inflateRawText(bytes: Uint8Array, maxChars: number): Promise<InflateResult> {
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream(FORMAT);
  } catch {
    return { ok: false, reason: "damaged" };
  }
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();

  // Feed the input in slices while reading; errors surface on the reader, so the writer's own rejections are dropped.
  const feed = (async () => {
    for (let offset = 0; offset < bytes.length; offset += INPUT_SLICE) {
      await writer.write(bytes.slice(offset, offset + INPUT_SLICE) as Bytes);
    }
    await writer.close();
  })();
  feed.catch(ignore);

  const decoder = new TextDecoder("utf-8", { fatal: true });
  let text = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      if (text.length > maxChars) {
        reader.cancel().catch(ignore);
        writer.abort().catch(ignore);
        return { ok: false, reason: "too-large" };
      }
    }
    text += decoder.decode();
  } catch {
    writer.abort().catch(ignore);
    return { ok: false, reason: "damaged" };
  }
  return text.length > maxChars ? { ok: false, reason: "too-large" } : { ok: true, text };
}
