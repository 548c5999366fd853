"""Use cases of the desk, one transaction each. The interface talks to these, never to storage.

Types the interface needs (faults, problems) are re-exported here so it has one place to import
from. Importing this package is cheap: the heavy modules load with `desk.open_desk`.
"""
