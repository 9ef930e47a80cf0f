import { memo, useCallback, useState, type ReactNode } from "react";
import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular, Open16Regular, PhoneLaptop20Regular } from "@fluentui/react-icons";
import type { CatalogItem } from "../../domain/catalog/types.ts";
import type { ItemProgress } from "../../domain/progress/model.ts";
import type { ExistingIosNote } from "../../domain/rules/existing-ios.ts";
import { ItemDetails } from "./ItemDetails.tsx";
import type { DispatchOptions } from "../../components/progress/ProgressContext.tsx";
import { detailsSummary } from "./details-summary.ts";

const useStyles = makeStyles({
  // Identifiers such as com.microsoft.CompanyPortalMac.ssoextension must wrap on a 320 px phone, not widen the page.
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, overflowWrap: "anywhere" },
  why: { margin: 0 },
  how: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  path: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "center" },
  toggle: { alignSelf: "flex-start", paddingInline: 0, minWidth: 0 },
  summary: { color: tokens.colorNeutralForeground2 },
  ios: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  iosIcon: { flexShrink: 0, color: tokens.colorBrandForeground1, marginTop: "2px" },
});

type Props = {
  item: CatalogItem;
  value: ItemProgress;
  onDetails: (patch: Partial<Omit<ItemProgress, "updatedAt">>, options?: DispatchOptions) => void;
  existingIos: ExistingIosNote | null;
  children?: ReactNode;
};

/** Why it matters, how to do it, where, and the owner/due/notes/evidence form: everything below a card's header. */
export function ItemBody({ item, value, onDetails, existingIos, children }: Props) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const toggle = useCallback(() => setOpen((o) => !o), []);
  const detailsId = `item-${item.id}-details`;
  return (
    <div className={styles.body}>
      <ItemGuide item={item} existingIos={existingIos}>
        {children}
      </ItemGuide>
      <DetailsToggle open={open} controls={detailsId} onToggle={toggle} />
      {!open && (
        <Text className={styles.summary} size={200}>
          {detailsSummary(value)}
        </Text>
      )}
      <div id={detailsId} hidden={!open}>
        {open && <ItemDetails title={item.title} value={value} onChange={onDetails} />}
      </div>
    </div>
  );
}

// Memoised with stable props: a keystroke in the notes re-renders the field typed in, not the guide or the toggle.
const ItemGuide = memo(function ItemGuide({ item, existingIos, children }: { item: CatalogItem; existingIos: ExistingIosNote | null; children?: ReactNode }) {
  const styles = useStyles();
  const how = existingIos?.how ?? item.how;
  return (
    <>
      {existingIos && (
        <div className={styles.ios} data-testid="existing-ios-note">
          <PhoneLaptop20Regular aria-hidden className={styles.iosIcon} />
          <Text>
            <strong>You already manage iPhones or iPads:</strong> {existingIos.note}
          </Text>
        </div>
      )}
      <p className={styles.why}>{item.why}</p>
      <div>
        <Text weight="semibold">{existingIos?.how ? "How to check it (shortened: it already exists)" : "How to do it"}</Text>
        <ol className={styles.how}>
          {how.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </div>
      <div className={styles.links}>
        {item.adminCenterPath && (
          <span className={styles.path}>
            <Text size={200}>{item.portal}:</Text>
            <Text weight="semibold">{item.adminCenterPath}</Text>
          </span>
        )}
        <Link href={item.learnUrl} target="_blank" rel="noopener noreferrer">
          Learn: {item.learnTitle} <Open16Regular aria-label="(opens in a new tab)" />
        </Link>
      </div>
      {children}
    </>
  );
});

const DetailsToggle = memo(function DetailsToggle({ open, controls, onToggle }: { open: boolean; controls: string; onToggle: () => void }) {
  const styles = useStyles();
  return (
    <Button
      appearance="transparent"
      className={styles.toggle}
      icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      Owner, due date, notes and evidence
    </Button>
  );
});
