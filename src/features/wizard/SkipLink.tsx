import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  link: {
    position: "absolute",
    insetInlineStart: tokens.spacingHorizontalM,
    top: tokens.spacingVerticalS,
    zIndex: 1000,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: tokens.shadow16,
    // Off screen until focused: the first Tab press reveals it.
    transform: "translateY(-200%)",
    ":focus": { transform: "none", outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
});

/** First in the tab order: jumps past the header and step bar to the step's heading. */
export function SkipLink({ targetId }: { targetId: string }) {
  const styles = useStyles();
  return (
    <a
      href={`#${targetId}`}
      className={styles.link}
      onClick={(event) => {
        // The router owns the URL fragment (share links arrive there): move focus without touching it.
        event.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
    >
      Skip to content
    </a>
  );
}
