"""Benchmarks: scripts run as ``python benchmarks/NAME.py``; the tests import the scorers
(``benchmarks._score``, ``benchmarks._devsets``)."""
