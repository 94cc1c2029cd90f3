/** A blank table row, `height` px tall, standing for the body rows a long table does not draw. */
export function BlankRows({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr className="blank-rows" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}
