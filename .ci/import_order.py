"""Check that every notebook imports only medgen modules defined by earlier notebooks (or its own).

Usage: python .ci/import_order.py [nbs]   (exit status 1 and a list of violations if any)
"""
import json, re, sys
from pathlib import Path

IMPORT = re.compile(r'(?:from\s+medgen\.(\w+)\s+import|import\s+medgen\.(\w+))')

def module_of(nb: dict) -> str | None:
    for c in nb['cells']:
        m = re.search(r'#\|\s*default_exp\s+(\w+)', ''.join(c['source']))
        if m: return m.group(1)

def main(root: str = 'nbs') -> int:
    nbs = sorted(Path(root).glob('[0-9][0-9]_*.ipynb'))
    order = {module_of(json.loads(p.read_text())): i for i, p in enumerate(nbs)}
    bad = []
    for i, p in enumerate(nbs):
        for c in json.loads(p.read_text())['cells']:
            if c['cell_type'] != 'code': continue
            for m in IMPORT.finditer(''.join(c['source'])):
                mod = m.group(1) or m.group(2)
                if mod in order and order[mod] > i: bad.append(f'{p.name} imports medgen.{mod} (a later notebook)')
    for b in sorted(set(bad)): print(b)
    print(f'import order: {len(nbs)} notebooks, {len(set(bad))} imports of later notebooks')
    return 1 if bad else 0

if __name__ == '__main__': sys.exit(main(*sys.argv[1:]))
