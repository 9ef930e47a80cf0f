import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Filled, ErrorCircle20Filled } from "@fluentui/react-icons";
import type { Executive } from "../../domain/rules/executive.ts";
import { executiveWords } from "./executive-words.ts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  screen: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
  },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  verdict: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start", margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  go: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0, marginTop: "2px" },
  noGo: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: "2px" },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(240px, 1fr))", gap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalL },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  detail: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  none: { margin: 0, color: tokens.colorNeutralForeground3 },
});

type Props = { executive: Executive; now: Date; variant: "screen" | "print" };

/** The sponsor's view at the top of the summary and the printout: go/no-go, blockers, overdue, next actions, renewals. */
export function ExecutiveBlock({ executive, now, variant }: Props) {
  const styles = useStyles();
  const words = executiveWords(executive, now);
  const idBase = `executive-${variant}`;
  return (
    <section className={mergeClasses(styles.root, variant === "screen" && styles.screen, "keep-together")} aria-labelledby={idBase} data-testid="executive">
      <h2 id={idBase} className={styles.h2}>
        Executive summary
      </h2>
      <p className={styles.verdict} data-testid="executive-verdict" data-go={String(executive.go)}>
        {executive.go ? <CheckmarkCircle20Filled aria-hidden className={styles.go} /> : <ErrorCircle20Filled aria-hidden className={styles.noGo} />}
        <span>{executive.headline}</span>
      </p>
      <div className={styles.grid}>
        {words.parts.map((part) => (
          <div key={part.id} className={styles.part} data-testid={`executive-${part.id}`}>
            <h3 className={styles.h3} id={`${idBase}-${part.id}`}>
              {part.title}
            </h3>
            {part.rows.length === 0 ? (
              <p className={styles.none}>{part.empty}</p>
            ) : (
              <ul className={styles.list} aria-labelledby={`${idBase}-${part.id}`}>
                {part.rows.map((row) => (
                  <li key={row.key} data-item-id={row.itemId}>
                    <strong>{row.title}</strong>
                    {row.details.map((detail) => (
                      <span key={detail} className={styles.detail}>
                        {detail}
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
