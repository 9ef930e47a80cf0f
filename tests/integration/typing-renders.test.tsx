import { afterEach, describe, expect, it, vi } from "vitest";
import { waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderApp } from "./render-app.tsx";

// A keystroke in one card's notes re-renders that card only: not the other cards, their verification results, the
// step's outline or the page header (issue 10 §4, "typing stays instant"). Each component is wrapped to count renders.

const renders = vi.hoisted(() => ({ card: new Map<string, number>(), verification: new Map<string, number>(), header: 0, outline: 0, badges: 0 }));
const bump = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);

vi.mock("../../src/features/checklist/ItemCard.tsx", async (original) => {
  const real = await original<typeof import("../../src/features/checklist/ItemCard.tsx")>();
  return {
    ...real,
    ItemCard: (props: Parameters<typeof real.ItemCard>[0]) => {
      bump(renders.card, props.item.id);
      return real.ItemCard(props);
    },
  };
});
vi.mock("../../src/features/verification/ItemVerification.tsx", async (original) => {
  const real = await original<typeof import("../../src/features/verification/ItemVerification.tsx")>();
  return {
    ...real,
    ItemVerification: (props: Parameters<typeof real.ItemVerification>[0]) => {
      bump(renders.verification, props.item.id);
      return real.ItemVerification(props);
    },
  };
});
vi.mock("../../src/features/wizard/AppHeader.tsx", async (original) => {
  const real = await original<typeof import("../../src/features/wizard/AppHeader.tsx")>();
  return {
    ...real,
    AppHeader: (props: Parameters<typeof real.AppHeader>[0]) => {
      renders.header += 1;
      return real.AppHeader(props);
    },
  };
});
vi.mock("../../src/features/checklist/StepOutline.tsx", async (original) => {
  const real = await original<typeof import("../../src/features/checklist/StepOutline.tsx")>();
  return {
    ...real,
    StepOutline: (props: Parameters<typeof real.StepOutline>[0]) => {
      renders.outline += 1;
      return real.StepOutline(props);
    },
  };
});

// Inside the memoised card header: it renders again only when the header does.
vi.mock("../../src/features/checklist/CardBadges.tsx", async (original) => {
  const real = await original<typeof import("../../src/features/checklist/CardBadges.tsx")>();
  return {
    ...real,
    CardBadges: (props: Parameters<typeof real.CardBadges>[0]) => {
      renders.badges += 1;
      return real.CardBadges(props);
    },
  };
});

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
