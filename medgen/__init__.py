__version__ = "0.1.0"

# Importing medgen registers its classes with transformers' Auto classes (AutoConfig, AutoModelForImageTextToText,
# AutoProcessor, AutoImageProcessor): the last cell of nbs/11_fusion.ipynb.
from . import fusion as _fusion  # noqa: E402,F401
