import { afterEach, describe, expect, it, vi } from "vitest";
import { waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderApp } from "./render-app.tsx";

// A keystroke in one card's notes re-renders that card only: not the other cards, their verification results, the
// step's outline or the page header (issue 10 §4, "typing stays instant"). Each component is wrapped to count renders.

const { renders, counted } = vi.hoisted(() => {
  type Component<P> = (props: P) => unknown;
  return {
    renders: { card: new Map<string, number>(), verification: new Map<string, number>(), header: 0, outline: 0, badges: 0 },
    /** The module with its component `name` wrapped so that every render calls `count` with the props first. */
    counted<M, K extends keyof M>(real: M, name: K, count: (props: M[K] extends Component<infer P> ? P : never) => void): M {
      const component = real[name] as Component<unknown>;
      return { ...real, [name]: (props: never) => (count(props), component(props)) };
    },
  };
});
const bump = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);

vi.mock("../../src/features/checklist/ItemCard.tsx", async (original) =>
  counted(await original<typeof import("../../src/features/checklist/ItemCard.tsx")>(), "ItemCard", (props) => bump(renders.card, props.item.id)),
);
vi.mock("../../src/features/verification/ItemVerification.tsx", async (original) =>
  counted(await original<typeof import("../../src/features/verification/ItemVerification.tsx")>(), "ItemVerification", (props) =>
    bump(renders.verification, props.item.id),
  ),
);
vi.mock("../../src/features/wizard/AppHeader.tsx", async (original) =>
  counted(await original<typeof import("../../src/features/wizard/AppHeader.tsx")>(), "AppHeader", () => (renders.header += 1)),
);
vi.mock("../../src/features/checklist/StepOutline.tsx", async (original) =>
  counted(await original<typeof import("../../src/features/checklist/StepOutline.tsx")>(), "StepOutline", () => (renders.outline += 1)),
);
// Inside the memoised card header: it renders again only when the header does.
vi.mock("../../src/features/checklist/CardBadges.tsx", async (original) =>
  counted(await original<typeof import("../../src/features/checklist/CardBadges.tsx")>(), "CardBadges", () => (renders.badges += 1)),
);

const card = (id: string) => document.querySelector<HTMLElement>(`section[data-item-id="${id}"]`)!;
const snapshot = () => ({ card: new Map(renders.card), verification: new Map(renders.verification), header: renders.header, outline: renders.outline, badges: renders.badges });

afterEach(() => {
  localStorage.clear();
});

describe("typing in a note", () => {
  it("re-renders only the card typed in", async () => {
    const user = userEvent.setup();
    await renderApp("/tenant");
    const typedIn = "apns-certificate";
    const scope = within(card(typedIn));
    await user.click(scope.getByRole("button", { name: "Owner, due date, notes and evidence" }));
    const notes = scope.getByLabelText(/^Notes for/);
    await waitFor(() => expect(renders.verification.size).toBeGreaterThan(1));
    const before = snapshot();

    await user.type(notes, "pilot");

    expect(notes).toHaveValue("pilot");
    const typedRenders = (renders.card.get(typedIn) ?? 0) - (before.card.get(typedIn) ?? 0);
    expect(typedRenders).toBeGreaterThanOrEqual(5);
    const others = [...renders.card.keys()].filter((id) => id !== typedIn);
    expect(others.length).toBeGreaterThan(1);
    for (const id of others) expect({ id, renders: renders.card.get(id) }).toEqual({ id, renders: before.card.get(id) });
    for (const [id, count] of renders.verification) expect({ id, renders: count }).toEqual({ id, renders: before.verification.get(id) });
    expect(renders.outline).toBe(before.outline);
    expect(renders.header).toBe(before.header);
    // Not even the typed-in card's own header (title, badges, status) renders again.
    expect(renders.badges).toBe(before.badges);
  }, 30_000);

  it("still updates what does depend on the item: a status change re-renders the outline and the header's counts", async () => {
    const user = userEvent.setup();
    await renderApp("/tenant");
    const before = snapshot();
    await user.selectOptions(within(card("apns-certificate")).getByRole("combobox", { name: /^Status of/ }), "done");
    expect(renders.outline).toBeGreaterThan(before.outline);
    expect(renders.header).toBeGreaterThan(before.header);
    expect(renders.badges).toBeGreaterThan(before.badges);
  }, 30_000);
});
