interface Props {
  label: string;
  disabled: boolean;
  /** Extra attributes (the automation hooks, e.g. `data-fw-import`). */
  hook: Record<string, string>;
  onFile(file: File): void;
}

/** A JSON file input; cleared after each pick so the same file can be chosen again. */
export function FilePicker({ label, disabled, hook, onFile }: Props) {
  return (
    <label class="fw-file">
      <span>{label}</span>
      <input
        type="file"
        accept=".json,application/json"
        disabled={disabled}
        {...hook}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
