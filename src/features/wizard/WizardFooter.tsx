import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeft16Regular, ArrowRight16Regular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  footer: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} 0`,
    marginTop: tokens.spacingVerticalXL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

type Target = { path: string; title: string } | null;

export function WizardFooter({ previous, next, onNavigate }: { previous: Target; next: Target; onNavigate: (path: string) => void }) {
  const styles = useStyles();
  return (
    <nav className={styles.footer} aria-label="Previous and next step">
      {previous && (
        <Button icon={<ArrowLeft16Regular />} onClick={() => onNavigate(previous.path)}>
          Previous: {previous.title}
        </Button>
      )}
      {next && (
        <Button appearance="primary" icon={<ArrowRight16Regular />} iconPosition="after" onClick={() => onNavigate(next.path)}>
          Next: {next.title}
        </Button>
      )}
    </nav>
  );
}
