#!/usr/bin/env bash
# Ajar's benchmarks beside the peer engines (python-aiml, nltk Chat, RiveScript) on the same
# corpus and machine, in one go; prints one table with the ratios Ajar / each peer.
#
#   scripts/bench.sh                      # everything: ~15 minutes on 2 cores (peers ~10 of them)
#   AJAR_BENCH_QUICK=1 scripts/bench.sh   # CI: build, run tiny workloads, no peers (seconds after the build)
#   PEERS=0 scripts/bench.sh              # Ajar only
#   RUNS=1 N=5000 scripts/bench.sh        # peers' quick smoke test (passed to their run.sh)
#
# Settings (environment): PEERS_DIR (default ../shared/peers beside the repository),
# BENCH_OUT (default Benchmarks/.build/results, or results-quick), AJAR_BENCH_* (see docs/performance.md).
# The peers run from a copy of PEERS_DIR under BENCH_OUT, so their shared results stay as they
# are; their run.sh makes a Python venv there once and installs the engines from PyPI.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PEERS_DIR="${PEERS_DIR:-$ROOT/../shared/peers}"
QUICK="${AJAR_BENCH_QUICK:-0}"
# A quick run writes apart, so it never replaces the results of a full one.
if [ "$QUICK" = 1 ]; then OUT="${BENCH_OUT:-$ROOT/Benchmarks/.build/results-quick}"; else OUT="${BENCH_OUT:-$ROOT/Benchmarks/.build/results}"; fi
if [ "$QUICK" = 1 ]; then PEERS="${PEERS:-0}"; else PEERS="${PEERS:-1}"; fi
mkdir -p "$OUT"

echo "== building the benchmarks (release, Benchmarks/.build)"
swift build -c release --package-path "$ROOT/Benchmarks" --scratch-path "$ROOT/Benchmarks/.build"
BIN="$(swift build -c release --package-path "$ROOT/Benchmarks" --scratch-path "$ROOT/Benchmarks/.build" --show-bin-path)"

echo "== Ajar (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
AJAR_ROOT="$ROOT" AJAR_BENCH_CORPUS="${AJAR_BENCH_CORPUS:-$PEERS_DIR/utterances.txt}" \
    "$BIN/AjarBench" --json "$OUT/ajar.json" --markdown "$OUT/ajar.md" > /dev/null
rm -f "$OUT/peers.jsonl"
if [ "$PEERS" = 1 ]; then
    echo "== peers (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
    mkdir -p "$OUT/peers"
    cp "$PEERS_DIR"/*.py "$PEERS_DIR"/run.sh "$PEERS_DIR"/utterances.txt "$OUT/peers/"
    OUT="$OUT/peers.jsonl" "$OUT/peers/run.sh"
fi
echo "== done (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
echo

python3 - "$OUT/ajar.json" "$OUT/peers.jsonl" > "$OUT/table.md" <<'PY'
import json, os, statistics, sys

ajar = json.load(open(sys.argv[1]))["values"]
peers = {}
if os.path.exists(sys.argv[2]):
    for line in open(sys.argv[2]):
        if line.startswith("{"):
            run = json.loads(line)
            peers.setdefault(run["engine"], {}).setdefault(run["mode"], []).append(run)

def median(runs, key):
    values = [run[key] for run in runs if key in run]
    return statistics.median(values) if values else float("nan")

def number(x):
    return "n/a" if x != x else f"{x:,.0f}"

def ratio(a, b):
    return "n/a" if a != a or b != b or b == 0 else f"{a / b:,.1f}x"

quick = " (QUICK MODE: numbers mean nothing)" if ajar.get("quick") else ""
print(f"### Replies per second on the shared corpus, bench.py's loop{quick}")
print()
print("| engine | replies/s, 1 user | replies/s, 10,000 users | Ajar / engine, 1 user | Ajar / engine, 10,000 users | startup: rules load ms | memory per user |")
print("|---|---:|---:|---:|---:|---:|---:|")
a1, am = ajar.get("replies_per_s_single", float("nan")), ajar.get("replies_per_s_multi", float("nan"))
load = ajar.get("compile_bench_first_ms", float("nan")) + ajar.get("engine_init_bench_ms", float("nan"))
heap = ajar.get("heap_bytes_mixed", float("nan"))
print(f"| **Ajar** (Swift, release) | {number(a1)} | {number(am)} | 1.0x | 1.0x | {load:.1f} | {heap / 1000:.2f} KB |")
for engine, modes in peers.items():
    runs = modes.get("single", []) + modes.get("multi", [])
    version = runs[0].get("version", "") if runs else ""
    p1, pm = median(modes.get("single", []), "replies_per_s"), median(modes.get("multi", []), "replies_per_s")
    multi = modes.get("multi", [])
    per_user = (median(multi, "peak_rss_mb") - median(multi, "rss_after_load_mb")) * 1024 / multi[0]["users"] if multi else float("nan")
    print(f"| {engine} ({version}) | {number(p1)} | {number(pm)} | {ratio(a1, p1)} | {ratio(am, pm)} | {median(runs, 'load_ms'):.0f} | {per_user:.2f} KB |")
print()
aiml = peers.get("aiml", {})
if aiml:
    worst = min(a1 / median(aiml.get("single", []), "replies_per_s"), am / median(aiml.get("multi", []), "replies_per_s"))
    verdict = "met" if worst >= 100 else f"MISSED: {worst:.1f}x, short by a factor of {100 / worst:.1f}"
    print(f"Target: Ajar at least 100x python-aiml in the same run: **{verdict}**.")
    print()
print("Memory per user: Ajar's is heap bytes per session in a `[String: Session]` table after one reply "
      "(malloc overhead included); the peers' is (peak RSS - RSS after load) / 10,000 users, from table.py.")
print()
print("### Ajar in detail")
print()
print(open(sys.argv[1].replace(".json", ".md")).read())
PY
cat "$OUT/table.md"
echo
echo "(table saved to $OUT/table.md; raw numbers in $OUT/ajar.json and $OUT/peers.jsonl)"
