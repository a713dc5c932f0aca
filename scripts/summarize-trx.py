#!/usr/bin/env python3
"""Adds up the counters of every .trx file in a folder, lists each failed test with the start of its
message, and ends with 'Tests: N passed, N failed, N skipped'."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
MESSAGE_LINES = 12

passed = failed = skipped = 0
for trx in sorted(Path(sys.argv[1]).glob("*.trx")):
    root = ET.parse(trx).getroot()
    counters = root.find("t:ResultSummary/t:Counters", NS)
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))

    for result in root.iterfind("t:Results/t:UnitTestResult", NS):
        if result.get("outcome") != "Failed":
            continue
        print(f"FAILED {result.get('testName')}")
        message = result.findtext("t:Output/t:ErrorInfo/t:Message", default="", namespaces=NS)
        trace = result.findtext("t:Output/t:ErrorInfo/t:StackTrace", default="", namespaces=NS)
        for line in (message + "\n" + trace).strip().splitlines()[:MESSAGE_LINES]:
            print(f"    {line}")

print(f"Tests: {passed} passed, {failed} failed, {skipped} skipped")
