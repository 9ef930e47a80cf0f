import { renderToStaticMarkup, renderToString } from "react-dom/server";
import {
  RendererProvider,
  createDOMRenderer,
  renderToStyleElements,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { App } from "../app/App.tsx";
import { preloadLandingPage } from "../app/lazy.tsx";
import { VerificationServicesProvider } from "../features/verification/services.tsx";
import { buildTimeServices } from "./build-time-services.ts";

export type Landing = { html: string; css: string };

/**
 * The welcome page as a first-time visitor sees it, rendered at build time so the landing page paints before the
 * JavaScript has run. The markup is only painted, never hydrated: React's first render replaces it (see boot.js).
 */
export async function renderLanding(): Promise<Landing> {
  await preloadLandingPage("welcome");
  const services = buildTimeServices();
  const renderer = createDOMRenderer();
  const markup = renderToString(
    <RendererProvider renderer={renderer}>
      <VerificationServicesProvider services={services.verification}>
        <App services={services} />
      </VerificationServicesProvider>
    </RendererProvider>,
  );
  // FluentProvider writes its theme variables in an inline <style>, which the CSP refuses; the variables move into the
  // stylesheet below, one block per theme, and boot.js picks the block.
  const withoutStyleTags = markup.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, "");
  // The provider's data-theme names the app's theme; here CSS picks it, and tests must not mistake this copy for the app.
  const painted = stripMarkers(withoutStyleTags).replace(/^(<div\b[^>]*?) data-theme="[^"]*"/, "$1");
  const { html, rules: attributeRules } = moveInlineStyles(painted);
  const atomic = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>)
    .match(/<style\b[^>]*>([\s\S]*?)<\/style>/g)
    ?.map((tag) => tag.replace(/^<style\b[^>]*>|<\/style>$/g, ""))
    .join("\n");
  const rules = atomic ?? "";
  const used = new Set([...`${rules}${html}`.matchAll(/var\(--([A-Za-z0-9]+)/g)].map((m) => m[1]));
  const vars = (theme: Theme) =>
    Object.entries(theme)
      .filter(([name]) => used.has(name))
      .map(([name, value]) => `--${name}:${String(value)};`)
      .join("");
  const css = [
    `.prerender{${vars(webLightTheme)}}`,
    `html[data-boot-theme="dark"] .prerender{${vars(webDarkTheme)}}`,
    `html[data-boot-theme="high-contrast"] .prerender{${vars(teamsHighContrastTheme)}}`,
    attributeRules,
    rules,
  ].join("\n");
  return { html, css };
}

/** React's text separators and Suspense markers mean nothing to a page that is only painted. */
function stripMarkers(markup: string): string {
  return markup.replace(/<!--[\s\S]*?-->/g, "").replace(/<template><\/template>/g, "");
}

/** The CSP refuses style attributes (no 'unsafe-inline'): each distinct one becomes a class in the stylesheet. */
function moveInlineStyles(markup: string): { html: string; rules: string } {
  const classes = new Map<string, string>();
  const html = markup.replace(/(<[^>]*?)\sstyle="([^"]*)"([^>]*>)/g, (_, before: string, style: string, after: string) => {
    const name = classes.get(style) ?? `prerender-style-${classes.size}`;
    classes.set(style, name);
    const tag = `${before}${after}`;
    return tag.includes(' class="') ? tag.replace(' class="', ` class="${name} `) : tag.replace(/^(<[a-zA-Z0-9-]+)/, `$1 class="${name}"`);
  });
  const rules = [...classes].map(([style, name]) => `.prerender .${name}{${style.replaceAll("&quot;", '"')}}`).join("\n");
  return { html, rules };
}
