"""Import a script from scripts/ as a module (the scripts are not a package), the way make_corpus.py does."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def load_script(name: str) -> ModuleType:
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    from make_corpus import load_module

    return load_module(name)
