import { evidenceUrlError } from "../progress/validation.ts";

// The Markdown export is pasted into tickets and wikis that render Markdown and often inline HTML too, so every piece
// of user text is made inert: HTML becomes entities, Markdown punctuation is backslash-escaped, and line breaks
// become <br> so text can neither leave a table cell nor start a new block (list, heading, quote).

// CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can change inline rendering
// ($ is GitHub math, | ends a table cell, ~ is strikethrough). Without [ and ] there is no link or image, so
// parentheses and ! stay readable; user text never starts a line, so # + - > cannot start a block.
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$]/g;

export function escapeMarkdown(text: string): string {
  return text
    .trim()
    .replace(MARKDOWN_PUNCTUATION, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r\n|\r|\n/g, "<br>");
}

/** A table cell: escaped, and a visible dash instead of nothing. */
export const cell = (text: string) => escapeMarkdown(text) || "–";

export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [tableRow(header), tableRow(header.map(() => "---")), ...rows.map(tableRow)];
}

/**
 * A Markdown link for an http(s) URL, with the characters that could end the destination or the table cell
 * percent-encoded; anything else (never stored, but imported data is data) is shown as plain text.
 */
export function markdownLink(label: string, url: string): string {
  if (url === "" || evidenceUrlError(url) !== null) return escapeMarkdown(url);
  const safe = url.replace(/[\s()<>|\\"'`[\]]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return `[${escapeMarkdown(label)}](${safe})`;
}

// Anything shaped like an e-mail address: Apple IDs are e-mail addresses, and verdict reasons may quote them.
const ADDRESS = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:.]+(?:\.[^\s@<>()[\]"',;:.]+)+/g;

export function maskAddresses(text: string): string {
  return text.replace(ADDRESS, "[address hidden]");
}
