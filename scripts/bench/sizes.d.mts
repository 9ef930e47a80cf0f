// Types for scripts/bench/sizes.mjs, so the unit tests can import it.
export type Sizes = { raw: number; gzip: number; brotli: number };
export type FileSizes = Sizes & { file: string };
export type BuildSizes = {
  initial: { js: Sizes & { files: FileSizes[] }; css: Sizes & { files: FileSizes[] } };
  initialJsText: string;
  lazy: FileSizes[];
  otherEntries: { page: string; js: Sizes }[];
};
export function initialAssets(html: string): { js: string[]; css: string[] };
export function compressedSizes(bytes: Uint8Array): Sizes;
export function measureBuild(outDir: string, page?: string): BuildSizes;
export type LazyOnly = { msal: string[]; graph: string[]; catalog: string[] };
export const LAZY_ONLY_MARKERS: LazyOnly;
export const LAZY_ONLY_LABELS: Record<keyof LazyOnly, string>;
export function lazyOnlyCheck(initialJsText: string): LazyOnly;
export function kib(bytes: number): string;
