#!/usr/bin/env python3
"""Sums the task metrics of one Spark event log: CPU time and run time of all tasks, in seconds.

Usage: task-metrics.py EVENT_LOG   (a file, or a folder such as Spark 4's eventlog_v2_* with events_* files)
Prints "CPU_S RUN_S". Their ratio is the share of its running time that a task was on a CPU: 1.0 when the
machine was free, lower when other processes took the cores, so it tells how far a wall time is to be trusted.
"""
import json
import os
import sys

path = sys.argv[1]
files = [path] if os.path.isfile(path) else sorted(
    os.path.join(path, name) for name in os.listdir(path) if name.startswith("events_"))
cpu_ns = 0
run_ms = 0
for file in files:
    with open(file, encoding="utf-8") as log:
        for line in log:
            event = json.loads(line)
            if event.get("Event") == "SparkListenerTaskEnd":
                metrics = event.get("Task Metrics") or {}
                cpu_ns += metrics.get("Executor CPU Time", 0)
                run_ms += metrics.get("Executor Run Time", 0)
print(f"{cpu_ns / 1e9:.1f} {run_ms / 1e3:.1f}")
