"""Median and largest exported cell (lines of code) per notebook, as CI prints it.

Usage: python .ci/cell_sizes.py [nbs]   (prints a table; exits 0 whatever the sizes)
"""
import json, statistics, sys
from pathlib import Path

def exported_cells(nb_path):
    "Line counts of the `#| export` / `#| exporti` cells of one notebook (directive lines excluded)."
    cells = json.loads(Path(nb_path).read_text(encoding='utf-8'))['cells']
    sizes = []
    for c in cells:
        if c['cell_type'] != 'code': continue
        lines = ''.join(c['source']).splitlines()
        if not any(l.strip().replace(' ', '') in ('#|export', '#|exporti') for l in lines): continue
        sizes.append(sum(1 for l in lines if l.strip() and not l.lstrip().startswith('#|')))
    return sizes

def main(root='nbs'):
    rows = []
    for nb in sorted(Path(root).glob('[0-9]*.ipynb')):
        s = exported_cells(nb)
        if s: rows.append((nb.name, len(s), statistics.median(s), max(s), sum(x > 15 for x in s), sum(x > 40 for x in s)))
    print(f"{'notebook':<26}{'cells':>6}{'median':>8}{'largest':>9}{'>15':>5}{'>40':>5}")
    for r in rows: print(f"{r[0]:<26}{r[1]:>6}{r[2]:>8.1f}{r[3]:>9}{r[4]:>5}{r[5]:>5}")
    allc = [x for nb in sorted(Path(root).glob('[0-9]*.ipynb')) for x in exported_cells(nb)]
    if allc: print(f"{'all':<26}{len(allc):>6}{statistics.median(allc):>8.1f}{max(allc):>9}{sum(x > 15 for x in allc):>5}{sum(x > 40 for x in allc):>5}")

if __name__ == '__main__': main(*sys.argv[1:])
