import { useState } from "react";
import { Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { ItemProgress } from "../../domain/progress/model.ts";
import type { DispatchOptions } from "../../components/progress/ProgressContext.tsx";
import { evidenceUrlError, OWNER_MAX_LENGTH, NOTES_MAX_LENGTH } from "../../domain/progress/validation.ts";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(220px, 1fr))",
    gap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
  },
  wide: { gridColumn: "1 / -1" },
});

type Patch = Partial<Omit<ItemProgress, "updatedAt">>;

/** Keystrokes in text fields: in the progress at once, written to storage when the typist pauses (see the session). */
export const TYPING: DispatchOptions = { typing: true };

/** Owner, due date, notes and evidence link. Valid edits are saved as they are typed; an invalid link is held back. */
export function ItemDetails({ title, value, onChange }: { title: string; value: ItemProgress; onChange: (patch: Patch, options?: DispatchOptions) => void }) {
  const styles = useStyles();
  const [evidenceDraft, setEvidenceDraft] = useState(value.evidenceUrl);
  const [evidenceError, setEvidenceError] = useState<string | null>(null);

  const [seenEvidence, setSeenEvidence] = useState(value.evidenceUrl);
  // Adopt a link that changed elsewhere (other tab, import) unless the user is mid-way through an invalid one.
  if (seenEvidence !== value.evidenceUrl) {
    setSeenEvidence(value.evidenceUrl);
    if (evidenceError === null) setEvidenceDraft(value.evidenceUrl);
  }

  const changeEvidence = (next: string) => {
    setEvidenceDraft(next);
    const error = evidenceUrlError(next.trim());
    setEvidenceError(error);
    if (!error) onChange({ evidenceUrl: next.trim() }, TYPING);
  };

  return (
    <div className={styles.grid}>
      <Field label="Owner" hint="Who does or approves this">
        <Input
          value={value.owner}
          maxLength={OWNER_MAX_LENGTH}
          onChange={(_, d) => onChange({ owner: d.value }, TYPING)}
          aria-label={`Owner of ${title}`}
        />
      </Field>
      <Field label="Due date">
        <Input type="date" value={value.dueDate} onChange={(_, d) => onChange({ dueDate: d.value })} aria-label={`Due date of ${title}`} />
      </Field>
      <Field
        className={styles.wide}
        label="Evidence link"
        hint="A ticket, document or admin-center page that shows it is done (http or https)"
        validationMessage={evidenceError ?? undefined}
        validationState={evidenceError ? "error" : "none"}
      >
        <Input
          type="url"
          inputMode="url"
          placeholder="https://"
          value={evidenceDraft}
          onChange={(_, d) => changeEvidence(d.value)}
          aria-label={`Evidence link for ${title}`}
        />
      </Field>
      <Field className={styles.wide} label="Notes">
        <Textarea
          value={value.notes}
          maxLength={NOTES_MAX_LENGTH}
          resize="vertical"
          onChange={(_, d) => onChange({ notes: d.value }, TYPING)}
          aria-label={`Notes for ${title}`}
        />
      </Field>
    </div>
  );
}
