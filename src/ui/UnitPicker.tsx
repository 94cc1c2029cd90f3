import { useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../dataset/types';
import { buildSearchIndex, searchUnits } from '../filters/unit-search';
import { compareVi, formatDate } from '../i18n/format';
import { t } from '../i18n/strings';
import { subUnits, unitPath, type UnitInfo, type UnitTree } from '../model/tree';

interface Props {
  tree: UnitTree;
  value: string;
  lang: Lang;
  onChange: (id: string) => void;
}

function sortUnits(list: UnitInfo[]): UnitInfo[] {
  return [...list].sort((a, b) => (a.kind === b.kind ? compareVi(a.name, b.name) : a.kind === 'dang_bo' ? -1 : 1));
}

function Note({ u, lang }: { u: UnitInfo; lang: Lang }) {
  if (u.activeTo) return <small className="muted"> ({t(lang, 'untilDate', { date: formatDate(u.activeTo, lang) })})</small>;
  if (u.activeFrom) return <small className="muted"> ({t(lang, 'sinceDate', { date: formatDate(u.activeFrom, lang) })})</small>;
  return null;
}

/** One node of the tree; its sub-units are rendered only once it is opened (a province has thousands). */
function Branch({ tree, u, depth, open, toggle, pick, current, lang }: {
  tree: UnitTree;
  u: UnitInfo;
  depth: number;
  open: Set<string>;
  toggle: (id: string) => void;
  pick: (id: string) => void;
  current: string;
  lang: Lang;
}) {
  const kids = depth < 12 ? subUnits(tree, u.id) : [];
  const isOpen = open.has(u.id);
  return (
    <li>
      <div className={u.id === current ? 'node current' : 'node'} style={{ paddingLeft: depth * 16 }}>
        {kids.length > 0 ? (
          <button type="button" className="twisty" aria-expanded={isOpen} aria-label={u.name} onClick={() => toggle(u.id)}>
            {isOpen ? '▾' : '▸'}
          </button>
        ) : (
          <span className="twisty" />
        )}
        <button type="button" className="node-name" data-testid="unit-option" data-unit={u.id} onClick={() => pick(u.id)}>
          {u.name}
        </button>
        <Note u={u} lang={lang} />
      </div>
      {isOpen && kids.length > 0 && (
        <ul>
          {sortUnits(kids).map((k) => (
            <Branch key={k.id} tree={tree} u={k} depth={depth + 1} open={open} toggle={toggle} pick={pick} current={current} lang={lang} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The unit chooser: browse the tree or search names without diacritics ("tuong 1" finds "Tượng 1"). */
export function UnitPicker({ tree, value, lang, onChange }: Props) {
  const [show, setShow] = useState(false);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<Set<string>>(new Set());
  const index = useMemo(() => buildSearchIndex(tree), [tree]);
  const hits = useMemo(() => searchUnits(index, query), [index, query]);
  const box = useRef<HTMLDivElement>(null);
  const current = tree.units.get(value);

  // opened, or shown for another unit or tree, the panel opens the branches down to the unit chosen
  const [seen, setSeen] = useState({ show, tree, value });
  if (seen.show !== show || seen.tree !== tree || seen.value !== value) {
    setSeen({ show, tree, value });
    if (show) setOpen(new Set(unitPath(tree, value).map((u) => u.id)));
  }
  useEffect(() => {
    if (!show) return;
    const away = (e: MouseEvent) => box.current && !box.current.contains(e.target as Node) && setShow(false);
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [show]);

  const pick = (id: string) => {
    setShow(false);
    setQuery('');
    onChange(id);
  };
  const toggle = (id: string) =>
    setOpen((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  return (
    <div className="unit-picker field" ref={box}>
      <span>{t(lang, 'unit')}</span>
      <button type="button" className="picker-button" data-testid="unit-picker" aria-expanded={show} onClick={() => setShow(!show)}>
        {current?.name ?? value} ▾
      </button>
      {show && (
        <div className="unit-panel" role="dialog" aria-label={t(lang, 'unit')} onKeyDown={(e) => e.key === 'Escape' && setShow(false)}>
          <input
            autoFocus
            data-testid="unit-search"
            placeholder={t(lang, 'searchUnit')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && hits[0] && pick(hits[0])}
          />
          {query.trim() ? (
            <ul className="hits">
              {hits.length === 0 && <li className="muted">{t(lang, 'noMatch')}</li>}
              {hits.map((id) => {
                const u = tree.units.get(id)!;
                const path = unitPath(tree, id).slice(0, -1).map((p) => p.name).join(' › ');
                return (
                  <li key={id}>
                    <button type="button" className="node-name" data-testid="unit-option" data-unit={id} onClick={() => pick(id)}>
                      {u.name}
                    </button>
                    <Note u={u} lang={lang} />
                    {path && <div className="muted path">{path}</div>}
                  </li>
                );
              })}
            </ul>
          ) : (
            <ul className="tree">
              {sortUnits(tree.roots.map((r) => tree.units.get(r)!)).map((r) => (
                <Branch key={r.id} tree={tree} u={r} depth={0} open={open} toggle={toggle} pick={pick} current={value} lang={lang} />
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
