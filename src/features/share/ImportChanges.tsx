import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ImportPreview } from "../../domain/share/preview.ts";
import { STATUS_LABELS, VERDICT_LABELS } from "../../components/badges/badge-tables.ts";

const useStyles = makeStyles({
  box: { maxHeight: "240px", overflowY: "auto", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, "& th, & td": { textAlign: "start", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, verticalAlign: "top" } },
});

const FIELD_LABELS = { status: "status", owner: "owner", dueDate: "due date", notes: "notes", evidenceUrl: "evidence link", blockedReason: "what blocks it" } as const;

export function ImportChanges({ preview }: { preview: ImportPreview }) {
  const styles = useStyles();
  if (preview.changedItems.length + preview.changedDecisions.length + preview.changedVerification.length === 0) {
    return <Text>Nothing differs from the progress in this browser.</Text>;
  }
  return (
    <div className={styles.box} tabIndex={0} role="region" aria-label="What differs">
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">What differs</th>
            <th scope="col">This browser</th>
            <th scope="col">Incoming</th>
          </tr>
        </thead>
        <tbody>
          {preview.changedItems.map((item) => (
            <tr key={item.id} data-changed-item={item.id}>
              <th scope="row">
                {item.title} <Text size={100}>({item.fields.map((f) => FIELD_LABELS[f]).join(", ")})</Text>
              </th>
              <td>{STATUS_LABELS[item.local]}</td>
              <td>{STATUS_LABELS[item.incoming]}</td>
            </tr>
          ))}
          {preview.changedDecisions.map((decision) => (
            <tr key={decision.key}>
              <th scope="row">Decision: {decision.title}</th>
              <td>{decision.local ? "Recorded" : "Not decided"}</td>
              <td>{decision.incoming ? "Recorded (differs)" : "Not decided"}</td>
            </tr>
          ))}
          {preview.changedVerification.map((check) => (
            <tr key={check.id}>
              <th scope="row">Verification: {check.title}</th>
              <td>{check.local ? VERDICT_LABELS[check.local] : "Not checked"}</td>
              <td>{check.incoming ? VERDICT_LABELS[check.incoming] : "Not checked"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
