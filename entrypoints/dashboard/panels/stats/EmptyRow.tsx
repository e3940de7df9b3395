/** The one row of a statistics table with nothing to list, so it does not show bare headers. */
export function EmptyRow({ columns, text }: { columns: number; text: string }) {
  return (
    <tr class="fw-empty-row" data-fw-empty>
      <td colSpan={columns}>{text}</td>
    </tr>
  );
}
