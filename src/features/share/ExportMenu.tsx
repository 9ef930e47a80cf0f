import { useRef, useState } from "react";
import { Menu, MenuButton, MenuDivider, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { ArrowDownload20Regular, ArrowUpload20Regular, CalendarLtr20Regular, Copy20Regular, DocumentText20Regular, History20Regular, Print20Regular } from "@fluentui/react-icons";
import { backupFile, parseBackup } from "../../domain/export/backup.ts";
import { toMarkdown } from "../../domain/export/markdown.ts";
import { ICS_FILENAME, collectDueDates, collectRenewals, toIcs } from "../../domain/export/ics.ts";
import { localDay } from "../../domain/plan/today.ts";
import { useProgressActions, useProgressSelector } from "../../components/progress/ProgressContext.tsx";
import { useNotify } from "../../components/toast/notify.tsx";
import { copyText, downloadText } from "../../services/download/download.ts";
import { useImport } from "./ImportHost.tsx";
import { KeptCopiesDialog } from "./KeptCopiesDialog.tsx";

const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

export function ExportMenu({ onPrint }: { onPrint: () => void }) {
  const { read } = useProgressActions();
  const { offer, fail } = useImport();
  const notify = useNotify();
  const fileInput = useRef<HTMLInputElement>(null);
  const [copiesOpen, setCopiesOpen] = useState(false);
  // The files are built from the progress as it is when clicked.
  const markdown = () => toMarkdown(read(), { now: new Date(), includeVerificationDetails: false });

  const restore = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) return fail("The file is larger than 5 MB, so it is not an Intune Mac Readiness backup.");
    const result = parseBackup(await file.text());
    if (result.ok) offer({ progress: result.progress, sharedBy: result.sharedBy, sharedAt: result.sharedAt, origin: "backup" });
    else fail(result.message);
  };

  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton appearance="subtle" icon={<ArrowDownload20Regular />}>
            Export
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<Print20Regular />} onClick={onPrint}>
              Print / Save as PDF…
            </MenuItem>
            <MenuDivider />
            <MenuItem
              icon={<ArrowDownload20Regular />}
              onClick={() => {
                const file = backupFile(read(), new Date());
                downloadText(file.filename, file.text, "application/json");
                notify(`Backup downloaded: ${file.filename}`);
              }}
            >
              Download backup (JSON)
            </MenuItem>
            <MenuItem icon={<ArrowUpload20Regular />} onClick={() => fileInput.current?.click()}>
              Restore from backup…
            </MenuItem>
            <MenuItem icon={<History20Regular />} onClick={() => setCopiesOpen(true)}>
              Copies kept in this browser…
            </MenuItem>
            <MenuDivider />
            <MenuItem
              icon={<Copy20Regular />}
              onClick={async () => notify((await copyText(markdown())) ? "Markdown summary copied." : "Copying was blocked by the browser: download the file instead.", { intent: "success" })}
            >
              Copy Markdown summary
            </MenuItem>
            <MenuItem icon={<DocumentText20Regular />} onClick={() => downloadText("intune-mac-readiness-summary.md", markdown(), "text/markdown")}>
              Download Markdown summary
            </MenuItem>
            <CalendarMenuItem />
          </MenuList>
        </MenuPopover>
      </Menu>
      <KeptCopiesDialog open={copiesOpen} onClose={() => setCopiesOpen(false)} />
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Backup file to restore"
        data-testid="backup-file-input"
        onChange={(event) => {
          void restore(event.currentTarget.files?.[0]);
          event.currentTarget.value = "";
        }}
      />
    </>
  );
}

/**
 * The calendar export with its count of dates. Mounted only while the menu is open: counting builds the rollout plan,
 * too much work to redo on every keystroke in a note.
 */
function CalendarMenuItem() {
  const { read } = useProgressActions();
  const today = localDay(new Date());
  const dates = useProgressSelector((progress) => collectRenewals(progress).length + collectDueDates(progress, today).length);
  return (
    <MenuItem
      icon={<CalendarLtr20Regular />}
      disabled={dates === 0}
      secondaryContent={dates === 0 ? "Verify the tenant or set due dates first" : `${dates} date${dates === 1 ? "" : "s"}`}
      onClick={() => {
        const progress = read();
        downloadText(ICS_FILENAME, toIcs(collectRenewals(progress), new Date(), collectDueDates(progress, localDay(new Date()))), "text/calendar");
      }}
    >
      Renewals and due dates (.ics)
    </MenuItem>
  );
}
