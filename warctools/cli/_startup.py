"""Start-up cost of the CLI process.

While ``extract`` and ``run`` import the library (patterns, automata, the language model's
tables: objects that live as long as the process), the cyclic garbage collector is held:
its young-generation walks over those objects and one middle-generation walk cost 15-30
ms of every such process (7 of a one-page run's 250), and they find nothing to free.
:func:`collect_from_here` turns it back on once the modules are in, with everything made
so far frozen out of its walks (:func:`gc.freeze`; workers forked later share those pages
untouched). ``warctools``'s group leaves collection as it found it (on after a command that
failed while holding it; off for a caller that had turned it off).

pyarrow probes for pandas on its first conversion from Python objects; where pandas is
installed that import costs 0.3-0.5 s, about a sixth of a small extract run. The writers
never hand pyarrow pandas objects, so in the CLI process the probe is answered "absent".
pyarrow still imports pandas later if something explicitly asks for it (``to_pandas``).
"""

from __future__ import annotations

import gc
import sys
from importlib.abc import MetaPathFinder
from typing import Any

__all__ = ["collect_from_here", "hold_collection", "skip_pandas_probe"]


class _NoPandas(MetaPathFinder):
    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("warctools: pyarrow's pandas probe skipped")
        return None


def skip_pandas_probe() -> None:
    if "pandas" in sys.modules:
        return
    import pyarrow as pa

    blocker = _NoPandas()
    sys.meta_path.insert(0, blocker)
    try:
        pa.array([0])  # the first conversion runs the probe, which now fails fast
    finally:
        sys.meta_path.remove(blocker)


def hold_collection() -> None:
    """No cyclic collection while the command's modules are imported."""
    gc.disable()


def collect_from_here() -> None:
    """Cyclic collection back on, the objects made so far left out of its walks."""
    gc.freeze()
    gc.enable()
