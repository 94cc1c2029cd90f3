import { useMemo } from 'react';
import type { Lang } from '../dataset/types';
import type { UnitTree } from '../model/tree';
import { t } from '../i18n/strings';

/** Units in tree order (by `parent_id`), indented by depth. */
function flatten(tree: UnitTree): { id: string; depth: number; label: string }[] {
  const out: { id: string; depth: number; label: string }[] = [];
  const seen = new Set<string>();
  const walk = (id: string, depth: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    const u = tree.units.get(id)!;
    out.push({ id, depth, label: u.activeTo ? `${u.name} (≤ ${u.activeTo.slice(0, 4)})` : u.name });
    const kids = [...(tree.children.get(id) ?? [])].sort((a, b) => {
      const ua = tree.units.get(a)!;
      const ub = tree.units.get(b)!;
      return ua.kind === ub.kind ? ua.name.localeCompare(ub.name, 'vi') : ua.kind === 'dang_bo' ? -1 : 1;
    });
    for (const c of kids) walk(c, depth + 1);
  };
  for (const r of tree.roots) walk(r, 0);
  return out;
}

export function UnitSelect({ tree, value, lang, onChange }: { tree: UnitTree; value: string; lang: Lang; onChange: (id: string) => void }) {
  const options = useMemo(() => flatten(tree), [tree]);
  return (
    <label className="field">
      <span>{t(lang, 'unit')}</span>
      <select data-testid="unit-select" value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {'\u00a0\u00a0'.repeat(o.depth) + o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
