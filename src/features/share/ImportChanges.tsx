import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ImportPreview } from "../../domain/share/preview.ts";
import { describeValue, fieldLabel } from "./change-words.ts";

const useStyles = makeStyles({
  box: {
    maxHeight: "280px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "start",
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      verticalAlign: "top",
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
      overflowWrap: "anywhere",
    },
    "& thead th": { position: "sticky", top: 0, background: tokens.colorNeutralBackground1 },
    // On a phone four columns break words apart: each difference becomes a small block with labelled lines.
    "@media (max-width: 600px)": {
      "& thead": { display: "none" },
      "& tr, & th, & td": { display: "block" },
      "& th, & td": { borderBottomStyle: "none", paddingTop: "0", paddingBottom: "0" },
      "& tr": { padding: `${tokens.spacingVerticalXS} 0`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
      "& td::before": {
        content: "attr(data-label) ': '",
        // inline-block: the strike-through of a value that loses does not run through its label.
        display: "inline-block",
        whiteSpace: "pre",
        color: tokens.colorNeutralForeground3,
        fontWeight: tokens.fontWeightRegular,
      },
    },
  },
  kept: { fontWeight: tokens.fontWeightSemibold },
  dropped: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through" },
});

const BECAUSE = { newer: "newer", complete: "complete result", "same-time": "same time; kept in every tab alike" } as const;

/** Field by field, the real differences and which side Merge keeps, read from the merge result. */
export function ImportChanges({ preview, source }: { preview: ImportPreview; source: string }) {
  const styles = useStyles();
  if (preview.changes.length === 0) return <Text>Nothing differs from the progress in this browser.</Text>;
  return (
    <div className={styles.box} tabIndex={0} role="region" aria-label="What differs, field by field">
      <table className={styles.table} data-testid="import-changes">
        <thead>
          <tr>
            <th scope="col">What differs</th>
            <th scope="col">This browser</th>
            <th scope="col">In the {source}</th>
            <th scope="col">Merge keeps</th>
          </tr>
        </thead>
        <tbody>
          {preview.changes.map((row) => {
            const localWins = row.winner === "local";
            return (
              <tr key={row.path} data-change={row.path} data-winner={row.winner}>
                <th scope="row">
                  {row.kind === "decision" ? `Decision: ${row.title}` : row.kind === "verification" ? `Check: ${row.title}` : row.title}
                  {row.kind === "item" && <Text size={100}> — {fieldLabel(row.field).toLowerCase()}</Text>}
                </th>
                <td data-label="This browser" className={localWins ? styles.kept : styles.dropped}>
                  {describeValue(row, row.local)}
                </td>
                <td data-label={`In the ${source}`} className={localWins ? styles.dropped : styles.kept}>
                  {describeValue(row, row.incoming)}
                </td>
                <td data-label="Merge keeps">
                  {localWins ? "This browser's" : `The ${source}'s`} ({BECAUSE[row.because]})
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
