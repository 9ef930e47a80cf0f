import { memo, useState } from "react";
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
type OnChange = (patch: Patch, options?: DispatchOptions) => void;
/** One field: its own value, the item's title for its label, and the card's stable change handler. */
type FieldProps = { title: string; value: string; onChange: OnChange };

/** Keystrokes in text fields: in the progress at once, written to storage when the typist pauses (see the session). */
export const TYPING: DispatchOptions = { typing: true };

/**
 * Owner, due date, notes and evidence link. Valid edits are saved as they are typed; an invalid link is held back.
 * Each field is memoised on its own value, so a keystroke re-renders only the field typed in (bench: keystroke → frame).
 */
export function ItemDetails({ title, value, onChange }: { title: string; value: ItemProgress; onChange: OnChange }) {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      <OwnerField title={title} value={value.owner} onChange={onChange} />
      <DueDateField title={title} value={value.dueDate} onChange={onChange} />
      <EvidenceField title={title} value={value.evidenceUrl} onChange={onChange} />
      <NotesField title={title} value={value.notes} onChange={onChange} />
    </div>
  );
}

const OwnerField = memo(function OwnerField({ title, value, onChange }: FieldProps) {
  return (
    <Field label="Owner" hint="Who does or approves this">
      <Input value={value} maxLength={OWNER_MAX_LENGTH} onChange={(_, d) => onChange({ owner: d.value }, TYPING)} aria-label={`Owner of ${title}`} />
    </Field>
  );
});

const DueDateField = memo(function DueDateField({ title, value, onChange }: FieldProps) {
  return (
    <Field label="Due date">
      <Input type="date" value={value} onChange={(_, d) => onChange({ dueDate: d.value })} aria-label={`Due date of ${title}`} />
    </Field>
  );
});

const EvidenceField = memo(function EvidenceField({ title, value, onChange }: FieldProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  // Adopt a link that changed elsewhere (other tab, import) unless the user is mid-way through an invalid one.
  if (seen !== value) {
    setSeen(value);
    if (error === null) setDraft(value);
  }
  const change = (next: string) => {
    setDraft(next);
    const problem = evidenceUrlError(next.trim());
    setError(problem);
    if (!problem) onChange({ evidenceUrl: next.trim() }, TYPING);
  };
  return (
    <Field
      className={styles.wide}
      label="Evidence link"
      hint="A ticket, document or admin-center page that shows it is done (http or https)"
      validationMessage={error ?? undefined}
      validationState={error ? "error" : "none"}
    >
      <Input
        type="url"
        inputMode="url"
        placeholder="https://"
        value={draft}
        onChange={(_, d) => change(d.value)}
        aria-label={`Evidence link for ${title}`}
      />
    </Field>
  );
});

const NotesField = memo(function NotesField({ title, value, onChange }: FieldProps) {
  const styles = useStyles();
  return (
    <Field className={styles.wide} label="Notes">
      <Textarea
        value={value}
        maxLength={NOTES_MAX_LENGTH}
        resize="vertical"
        onChange={(_, d) => onChange({ notes: d.value }, TYPING)}
        aria-label={`Notes for ${title}`}
      />
    </Field>
  );
});
