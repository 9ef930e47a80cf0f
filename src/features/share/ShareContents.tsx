import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { shareContents } from "../../domain/share/placement.ts";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(200px, 1fr))", gap: tokens.spacingHorizontalL },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

/** "What is inside": read from the placement table, so the dialog cannot drift from what the codec encodes. */
export function ShareContents({ includeDetails }: { includeDetails: boolean }) {
  const styles = useStyles();
  const { included, excluded } = shareContents(includeDetails);
  return (
    <div className={styles.grid}>
      <div>
        <Text weight="semibold">In the link</Text>
        <ul className={styles.list} aria-label="In the link">
          {included.map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      </div>
      <div>
        <Text weight="semibold">Never in the link</Text>
        <ul className={styles.list} aria-label="Never in the link">
          {excluded.map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
