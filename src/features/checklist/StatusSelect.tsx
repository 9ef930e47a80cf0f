import { memo } from "react";
import { Field, Select } from "@fluentui/react-components";
import { ITEM_STATUSES, type ItemStatus } from "../../domain/progress/model.ts";
import { STATUS_LABELS } from "../../components/badges/badge-tables.ts";

const isStatus = (value: string): value is ItemStatus => (ITEM_STATUSES as readonly string[]).includes(value);

export const StatusSelect = memo(function StatusSelect({ title, value, onChange }: { title: string; value: ItemStatus; onChange: (status: ItemStatus) => void }) {
  return (
    <Field label="Status">
      <Select
        value={value}
        aria-label={`Status of ${title}`}
        onChange={(_, d) => {
          if (isStatus(d.value)) onChange(d.value);
        }}
      >
        {ITEM_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </Select>
    </Field>
  );
});
