"""Run the README's commands and code blocks that follow the marker below, against the demo's outputs.

Usage: python .ci/readme_commands.py README.md WORK_DIR
WORK_DIR holds `demo_out/` (from `medgen demo --out demo_out`). Only paths are substituted: `chest.png` becomes one
of the demo's phantom radiographs. Each ```sh line and each ```python block runs in WORK_DIR and must succeed.
"""
import subprocess, sys
from pathlib import Path

MARKER = '<!-- medgen readme commands:'

def blocks(text: str) -> list[tuple[str, str]]:
    "(language, code) of every fenced block that follows the marker."
    out = []
    for part in text.split(MARKER)[1:]:
        fence = part.split('\n', 1)[1].lstrip('\n')
        lang, rest = fence[3:].split('\n', 1)
        out.append((lang.strip(), rest.split('\n```', 1)[0]))
    return out

def run(lang: str, code: str, work: Path) -> bool:
    "Run one shell line or one Python block in `work`; print what ran and how it ended."
    cmd = ['bash', '-c', code] if lang == 'sh' else [sys.executable, '-c', code]
    r = subprocess.run(cmd, cwd=work, capture_output=True, text=True)
    ok = r.returncode == 0 and r.stdout.strip() != ''
    print(f"{'ok  ' if ok else 'FAIL'} {lang}: {code.strip().splitlines()[-1][:100]}")
    if not ok: print((r.stdout + r.stderr)[-1500:])
    return ok

def main(readme: str, work: str) -> int:
    work = Path(work).resolve()
    chest = sorted((work / 'demo_out' / 'phantoms').glob('*.png'))[0]
    jobs = []
    for lang, code in blocks(Path(readme).read_text()):
        code = code.replace('chest.png', str(chest))
        jobs += [(lang, line) for line in code.splitlines() if line.strip()] if lang == 'sh' else [(lang, code)]
    if not jobs: print('no README commands found after the marker'); return 1
    results = [run(lang, code, work) for lang, code in jobs]
    print(f'README commands: {sum(results)} of {len(results)} ran')
    return 0 if all(results) else 1

if __name__ == '__main__': sys.exit(main(*sys.argv[1:]))
