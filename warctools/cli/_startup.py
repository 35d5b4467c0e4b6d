"""Start-up cost of the CLI process.

pyarrow probes for pandas on its first conversion from Python objects; where pandas is
installed that import costs 0.3-0.5 s, about a sixth of a small extract run. The writers
never hand pyarrow pandas objects, so in the CLI process the probe is answered "absent".
pyarrow still imports pandas later if something explicitly asks for it (``to_pandas``).
"""

from __future__ import annotations

import sys
from importlib.abc import MetaPathFinder
from typing import Any

__all__ = ["skip_pandas_probe"]


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
