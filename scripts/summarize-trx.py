#!/usr/bin/env python3
"""Adds up the counters of every .trx file in a folder and prints 'Tests: N passed, N failed, N skipped'."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}

passed = failed = skipped = 0
for trx in Path(sys.argv[1]).glob("*.trx"):
    counters = ET.parse(trx).getroot().find("t:ResultSummary/t:Counters", NS)
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))

print(f"Tests: {passed} passed, {failed} failed, {skipped} skipped")
