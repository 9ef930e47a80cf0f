import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { makeStyles } from "@fluentui/react-components";

type Announce = (message: string) => void;
const AnnouncerContext = createContext<Announce>(() => {});

const useStyles = makeStyles({
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: "0",
  },
});

/** One polite live region for the whole app: status changes, saves and imports are read out by screen readers. */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const [message, setMessage] = useState({ text: "", serial: 0 });
  // Alternating a zero-width suffix makes a repeated identical message still count as a change.
  const announce = useCallback<Announce>((text) => setMessage((m) => ({ text, serial: m.serial + 1 })), []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden} data-testid="announcer">
        {message.text}
        {message.serial % 2 ? "\u200b" : ""}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
