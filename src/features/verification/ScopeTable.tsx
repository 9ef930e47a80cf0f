import { makeStyles, tokens } from "@fluentui/react-components";
import { ScopeName } from "../../components/verification/ScopeName.tsx";
import { REQUIRED_SCOPES } from "../../domain/verification/consent.ts";

const useStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "start",
      verticalAlign: "top",
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    "& th[scope=col]": { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  },
  caption: { textAlign: "start", captionSide: "top", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  // Breaks only after a dot (see <wbr>), except on narrow screens where anything goes.
  scope: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightRegular,
    "@media (max-width: 600px)": { overflowWrap: "anywhere" },
  },
});

/** The delegated, read-only Microsoft Graph permissions and why each one is needed. */
export function ScopeTable() {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>Read-only Microsoft Graph permissions the live checks use</caption>
      <thead>
        <tr>
          <th scope="col">Permission (delegated)</th>
          <th scope="col">Why it is needed</th>
          <th scope="col">Admin consent</th>
        </tr>
      </thead>
      <tbody>
        {REQUIRED_SCOPES.map((s) => (
          <tr key={s.scope}>
            <th scope="row" className={styles.scope}>
              <ScopeName scope={s.scope} />
            </th>
            <td>{s.why}</td>
            <td>{s.adminConsent ? "Required" : "Not needed"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
