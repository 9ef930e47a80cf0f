import { Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowMaximizeVertical20Regular, ArrowMinimizeVertical20Regular } from "@fluentui/react-icons";
import type { CatalogItem } from "../../domain/catalog/types.ts";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalM },
  h2: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    columnWidth: "18rem",
    columnGap: tokens.spacingHorizontalXXL,
    "& li": { breakInside: "avoid", paddingBlock: tokens.spacingVerticalXXS },
  },
  state: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export type OutlineEntry = { item: CatalogItem; state: string };

type Props = {
  entries: readonly OutlineEntry[];
  onJump: (item: CatalogItem) => void;
  onCollapseAll: () => void;
  onExpandAll: () => void;
};

/** "On this page": jump links to every card, and collapse/expand all, so a long step stays navigable. */
export function StepOutline({ entries, onJump, onCollapseAll, onExpandAll }: Props) {
  const styles = useStyles();
  return (
    <nav className={styles.root} aria-labelledby="step-outline-title" data-testid="step-outline">
      <div className={styles.head}>
        <h2 id="step-outline-title" className={styles.h2}>
          On this page ({entries.length} items)
        </h2>
        <div className={styles.actions}>
          <Button size="small" icon={<ArrowMinimizeVertical20Regular />} onClick={onCollapseAll}>
            Collapse all
          </Button>
          <Button size="small" icon={<ArrowMaximizeVertical20Regular />} onClick={onExpandAll}>
            Expand all
          </Button>
        </div>
      </div>
      <ol className={styles.list}>
        {entries.map(({ item, state }) => (
          <li key={item.id}>
            <Link
              href={`#item-${item.id}`}
              onClick={(event) => {
                // The app's router owns the URL fragment (share links arrive there): scroll without touching it.
                event.preventDefault();
                onJump(item);
              }}
            >
              {item.title}
            </Link>{" "}
            <span className={styles.state}>· {state}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
