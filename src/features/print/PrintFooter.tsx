import { useEffect } from "react";

/** A CSS string literal: quotes and backslashes escaped, line breaks flattened. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, "\\$&").replace(/[\r\n]+/g, " ")}"`;

/**
 * Puts `text` in the bottom-left margin of every printed page; print.css puts "Page X of Y" bottom-right. Page margin
 * boxes cannot read the document, so the text goes in as a constructed stylesheet (CSSOM: allowed under the CSP that
 * refuses inline styles) for as long as the print view is open.
 */
export function PrintFooter({ text }: { text: string }) {
  useEffect(() => {
    if (typeof CSSStyleSheet === "undefined" || !("adoptedStyleSheets" in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@page { @bottom-left { content: ${cssString(text)}; font-size: 8pt; color: #333; } }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [text]);
  return null;
}
