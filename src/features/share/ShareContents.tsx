import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { shareContents } from "../../domain/share/placement.ts";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(180px, 1fr))", gap: tokens.spacingHorizontalL },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

function Group({ title, labels }: { title: string; labels: readonly string[] }) {
  const styles = useStyles();
  if (labels.length === 0) return null;
  return (
    <div>
      <Text weight="semibold">{title}</Text>
      <ul className={styles.list} aria-label={title}>
        {labels.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
    </div>
  );
}

/** "What is inside": read from the placement table, so the dialog cannot drift from what the codec encodes. */
export function ShareContents({ includeDetails }: { includeDetails: boolean }) {
  const styles = useStyles();
  const contents = shareContents(includeDetails);
  return (
    <div className={styles.grid}>
      <Group title="In the link" labels={contents.included} />
      <Group title="Left out unless you include details" labels={contents.optedOut} />
      <Group title="Never in the link" labels={contents.never} />
    </div>
  );
}
