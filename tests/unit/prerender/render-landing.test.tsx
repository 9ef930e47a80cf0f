// @vitest-environment node
import { describe, expect, it } from "vitest";
import { renderLanding } from "../../../src/prerender/render-landing.tsx";
import { WHAT_YOU_NEED } from "../../../src/domain/catalog/welcome.ts";

const landing = await renderLanding();
const themeBlocks = landing.css.split("\n").slice(0, 3);

describe("the build-time welcome page", () => {
  it("is the welcome page a first-time visitor sees", () => {
    expect(landing.html).toContain("<h1");
    expect(landing.html).toContain("Get your Intune tenant ready for Macs");
    for (const need of WHAT_YOU_NEED) expect(landing.html).toContain(need.title);
    expect(landing.html).toMatch(/Start<!-- -->|Start with Organization/);
    expect(landing.html).toContain("0 of 32 applicable items done");
  });

  it("carries nothing the CSP refuses and nothing that runs", () => {
    expect(landing.html).not.toMatch(/<style|<script|\sstyle="|\son[a-z]+=/i);
    expect(landing.html).not.toContain("<!--");
    expect(landing.html).not.toContain("data-theme=");
  });

  it("turns each style attribute into a class the stylesheet defines", () => {
    const classes = [...landing.html.matchAll(/prerender-style-\d+/g)].map((m) => m[0]);
    expect(classes.length).toBeGreaterThan(0); // the overall progress bar's width
    for (const name of new Set(classes)) expect(landing.css).toContain(`.prerender .${name}{`);
  });

  it("defines every theme variable the markup and rules use, in light, dark and high contrast", () => {
    expect(themeBlocks[0]).toMatch(/^\.prerender\{/);
    expect(themeBlocks[1]).toMatch(/^html\[data-boot-theme="dark"\] \.prerender\{/);
    expect(themeBlocks[2]).toMatch(/^html\[data-boot-theme="high-contrast"\] \.prerender\{/);
    // Theme tokens are plain camelCase names; component-local variables (--fui-Button__icon--spacing) define themselves.
    const used = new Set([...`${landing.css}${landing.html}`.matchAll(/var\(--([A-Za-z0-9]+)[,)]/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(20);
    for (const block of themeBlocks) for (const name of used) expect(block).toContain(`--${name}:`);
    expect(themeBlocks[0]).not.toBe(themeBlocks[1]?.replace('html[data-boot-theme="dark"] ', ""));
  });

  it("brings the atomic rules of every class it uses", () => {
    const atomic = [...landing.html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(" ")).filter((c) => /^f[a-z0-9]{5,7}$/.test(c));
    expect(atomic.length).toBeGreaterThan(50);
    for (const name of new Set(atomic)) expect(landing.css, name).toContain(`.${name}`);
  });
});
