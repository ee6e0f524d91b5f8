__version__ = "0.1.0"

import sys as _sys
from pathlib import Path as _Path

def _is_command_line() -> bool:
    "Whether this process is the `medgen` program (its console script), which registers nothing up front: `--help` loads no torch."
    return _Path(_sys.argv[0] if _sys.argv else '').name == 'medgen'

# `import medgen` registers its classes with transformers' Auto classes (AutoConfig, for MedGenConfig and
# MedGenVisionConfig; AutoModelForImageTextToText, AutoProcessor, AutoImageProcessor; the last cell of
# nbs/20_fusion.ipynb). The `medgen` commands that load a model import medgen.fusion themselves, which registers
# them then.
if not _is_command_line():
    from . import fusion as _fusion  # noqa: E402,F401
