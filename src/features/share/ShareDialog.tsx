import { useEffect, useState } from "react";
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Copy20Regular, Share20Regular } from "@fluentui/react-icons";
import { encodeShare, recommendsFileExport, shareUrl } from "../../domain/share/codec.ts";
import { useProgressSelector } from "../../components/progress/ProgressContext.tsx";
import { useNotify } from "../../components/toast/notify.tsx";
import { copyText } from "../../services/download/download.ts";
import { ShareContents } from "./ShareContents.tsx";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  link: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  linkRow: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flex: "1 1 240px" },
});

export function ShareDialog({ appUrl }: { appUrl: string }) {
  const styles = useStyles();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  // Subscribed only while open: a closed dialog does not re-render on every keystroke in a note.
  const progress = useProgressSelector((current) => (open ? current : null));
  const [includeDetails, setIncludeDetails] = useState(false);
  const [sharedBy, setSharedBy] = useState("");
  const [link, setLink] = useState<string | null>(null);

  useEffect(() => {
    if (!open || progress === null) return;
    let current = true;
    encodeShare(progress, { includeVerificationDetails: includeDetails, sharedBy: sharedBy.trim() || undefined, now: new Date() }).then(
      (payload) => current && setLink(shareUrl(appUrl, payload)),
      () => current && setLink(null),
    );
    return () => {
      current = false;
    };
  }, [open, progress, includeDetails, sharedBy, appUrl]);

  const copy = async () => {
    if (!link) return;
    const ok = await copyText(link);
    notify(ok ? "Link copied. Anyone who opens it sees this progress; nothing is stored on a server." : "Copying was blocked by the browser: select the link and copy it yourself.", {
      intent: ok ? "success" : "warning",
    });
  };

  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="subtle" icon={<Share20Regular />}>
          Share
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Share progress with a link</DialogTitle>
          <DialogContent className={styles.content}>
            <span>
              The progress travels inside the link itself (after the #), so it never reaches a server. Whoever opens it can
              preview it and choose to replace or merge their own progress.
            </span>
            <Field label="Your name (optional)" hint="Shown to the person who opens the link">
              <Input value={sharedBy} maxLength={80} onChange={(_, d) => setSharedBy(d.value)} />
            </Field>
            <Checkbox
              checked={includeDetails}
              onChange={(_, d) => setIncludeDetails(d.checked === true)}
              label="Include verification details (reasons, details, renewal dates, tenant name) — these can contain Apple IDs"
            />
            <div className={styles.linkRow}>
              <Field className={styles.grow} label="Link" hint={link ? `${link.length.toLocaleString()} characters` : "Preparing…"}>
                <Textarea className={styles.link} readOnly value={link ?? ""} rows={3} resize="none" onFocus={(e) => e.currentTarget.select()} />
              </Field>
              <Button appearance="primary" icon={<Copy20Regular />} disabled={!link} onClick={copy}>
                Copy link
              </Button>
            </div>
            {link && recommendsFileExport(link) && (
              <MessageBar intent="warning">
                <MessageBarBody>
                  This link is long ({link.length.toLocaleString()} characters); some mail and chat tools cut long links.
                  Download a backup file (Export › Download backup) and send that instead.
                </MessageBarBody>
              </MessageBar>
            )}
            <ShareContents includeDetails={includeDetails} />
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>Close</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
