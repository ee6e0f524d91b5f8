"""Check that the README's demo block is what `medgen demo --out demo_out` prints now.

Usage: python .ci/check_readme_demo.py README.md DEMO_STDOUT_FILE
The block is the ```text fence that follows the marker line below in README.md (from nbs/index.ipynb).
"""
import difflib, sys
from pathlib import Path

MARKER = '<!-- medgen demo output: checked by .ci/run -->'

def readme_block(text: str) -> str:
    "The fenced block after MARKER."
    if MARKER not in text: sys.exit(f'README.md has no line {MARKER!r} before the demo output block')
    after = text.split(MARKER, 1)[1].lstrip('\n')
    if not after.startswith('```'): sys.exit('the demo marker in README.md must be followed by a fenced ``` block')
    return after.split('\n', 1)[1].split('\n```', 1)[0].strip('\n')

def main(readme: str, stdout_file: str) -> int:
    want, got = readme_block(Path(readme).read_text()), Path(stdout_file).read_text().strip('\n')
    if want == got:
        print('README demo block matches a fresh `medgen demo` run'); return 0
    print('README demo block differs from a fresh `medgen demo` run (- README, + fresh run):')
    sys.stdout.writelines(difflib.unified_diff(want.splitlines(True), got.splitlines(True), 'README.md', 'medgen demo'))
    print('\nRun `medgen demo --out demo_out`, paste its stdout into the demo block of nbs/index.ipynb, rebuild README.md.')
    return 1

if __name__ == '__main__': sys.exit(main(*sys.argv[1:]))
