#!/usr/bin/env bash
# Macro benchmark of valuematch at scale (issue 6).
#
# For each corpus size (creators), with the release binary:
#   1. generate a deterministic synthetic corpus and 200 brand statements
#      (`valuematch generate`, 8 languages);
#   2. import it into a fresh index: wall time, posts/s, peak RSS, index size;
#   3. search latency p50/p95/p99 over the 200 statements, top 20, without and
#      with explanations (`valuematch latency`: one warm-up pass, then ROUNDS
#      timed passes in one process), and the peak RSS of that process;
#   4. the peer: the same corpus in SQLite FTS5 and the same statements as
#      BM25 queries (benches/fts5_peer.py, Python's sqlite3), and our figures
#      as ratios to it.
# Results: $OUT/results.jsonl (one JSON object per size) and $OUT/table.md.
#
# usage: benches/macro.sh [CREATORS ...]          (default: 10000 100000)
# env:   OUT=target/macro  SEED=1  ROUNDS=2  QUERIES=200  PEER=1
#        VALUEMATCH_BIN=target/release/valuematch (built with cargo build --release when unset)
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 100000)
OUT=${OUT:-target/macro}
SEED=${SEED:-1}
ROUNDS=${ROUNDS:-2}
QUERIES=${QUERIES:-200}
PEER=${PEER:-1}
if [ -z "${VALUEMATCH_BIN:-}" ]; then
    cargo build --release --quiet
    VALUEMATCH_BIN=target/release/valuematch
fi
VM=$VALUEMATCH_BIN
mkdir -p "$OUT"
: > "$OUT/results.jsonl"

if [ "$PEER" = 1 ] && ! python3 -c 'import sqlite3; sqlite3.connect(":memory:").execute("create virtual table t using fts5(x)")' 2>/dev/null; then
    echo "python3 with SQLite FTS5 not available: the peer is skipped" >&2
    PEER=0
fi

# measure FILE CMD...: runs CMD, stdout to FILE, and prints
# "wall_seconds peak_rss_kib cpu_seconds" (cpu: user + system, all threads).
measure() {
    local out=$1
    shift
    python3 - "$out" "$@" <<'PY'
import resource, subprocess, sys, time
out = open(sys.argv[1], "wb")
t = time.perf_counter()
r = subprocess.run(sys.argv[2:], stdout=out)
dt = time.perf_counter() - t
if r.returncode != 0:
    sys.exit("command failed (%d): %s" % (r.returncode, " ".join(sys.argv[2:])))
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%.3f %d %.3f" % (dt, ru.ru_maxrss, ru.ru_utime + ru.ru_stime))
PY
}

load() { cut -d' ' -f1 /proc/loadavg; }

for N in "${SIZES[@]}"; do
    dir="$OUT/n$N"
    rm -rf "$dir"
    mkdir -p "$dir"
    echo "== $N creators (load $(load))" >&2
    "$VM" generate --creators "$N" --seed "$SEED" --out "$dir/corpus.jsonl" \
        --queries "$QUERIES" --queries-out "$dir/queries.jsonl" 2> "$dir/generate.log"
    posts=$(sed -n 's/.*creator(s), \([0-9]*\) post(s).*/\1/p' "$dir/generate.log")
    corpus_bytes=$(stat -c %s "$dir/corpus.jsonl")
    load_before=$(load)

    read -r import_s import_rss import_cpu < <(measure "$dir/import.out" "$VM" import "$dir/corpus.jsonl" --index "$dir/index")
    if ! grep -q "rejected 0 bad record(s)" "$dir/import.out"; then
        echo "import rejected records:" >&2
        cat "$dir/import.out" >&2
        exit 1
    fi
    index_bytes=$(du -sb "$dir/index" | cut -f1)
    echo "   import ${import_s}s (cpu ${import_cpu}s), peak RSS ${import_rss} KiB" >&2

    read -r _ search_rss _ < <(measure "$dir/latency.json" "$VM" latency --index "$dir/index" \
        --queries "$dir/queries.jsonl" -n 20 --rounds "$ROUNDS")
    read -r _ explain_rss _ < <(measure "$dir/latency-explain.json" "$VM" latency --index "$dir/index" \
        --queries "$dir/queries.jsonl" -n 20 --rounds "$ROUNDS" --explain)
    echo "   search $(cat "$dir/latency.json")" >&2

    peer=null
    if [ "$PEER" = 1 ]; then
        python3 benches/fts5_peer.py "$dir/corpus.jsonl" "$dir/queries.jsonl" "$dir/fts5.db" \
            --limit 20 --rounds "$ROUNDS" > "$dir/fts5.json"
        peer=$(cat "$dir/fts5.json")
        echo "   fts5 $peer" >&2
    fi
    load_after=$(load)

    python3 - "$N" "$posts" "$corpus_bytes" "$import_s" "$import_cpu" "$import_rss" "$index_bytes" \
        "$search_rss" "$explain_rss" "$load_before" "$load_after" \
        "$dir/latency.json" "$dir/latency-explain.json" "$peer" >> "$OUT/results.jsonl" <<'PY'
import json, sys
(n, posts, corpus_bytes, import_s, import_cpu, import_rss, index_bytes, search_rss, explain_rss,
 load_before, load_after, lat, lat_x, peer) = sys.argv[1:]
plain = json.load(open(lat))
explained = json.load(open(lat_x))
peer = json.loads(peer)
r = {
    "creators": int(n), "posts": int(posts), "corpus_bytes": int(corpus_bytes),
    "import_s": float(import_s), "posts_per_s": round(int(posts) / float(import_s), 1),
    # CPU time of the import (all threads): posts per CPU-second does not
    # depend on what else the machine runs; twice it is what 2 free cores give.
    "import_cpu_s": float(import_cpu),
    "posts_per_cpu_s": round(int(posts) / max(float(import_cpu), 1e-9), 1),
    "import_peak_rss_kib": int(import_rss), "index_bytes": int(index_bytes),
    "search": plain, "search_explain": explained,
    "search_peak_rss_kib": max(int(search_rss), int(explain_rss)),
    "load": [float(load_before), float(load_after)],
    "fts5": peer,
}
if peer:
    r["ratio_to_fts5"] = {
        "import_time": round(float(import_s) / peer["import_s"], 2),
        "p50": round(plain["p50_ms"] / peer["p50_ms"], 2) if peer["p50_ms"] else None,
        "p99": round(plain["p99_ms"] / peer["p99_ms"], 2) if peer["p99_ms"] else None,
        "index_size": round(int(index_bytes) / peer["db_bytes"], 2),
    }
print(json.dumps(r))
PY
done

python3 - "$OUT/results.jsonl" > "$OUT/table.md" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
mib = lambda kib: "%.0f MiB" % (kib / 1024)
print("| creators | posts | import | posts/s | import CPU (posts per CPU-s) | index | import peak RSS | search p50 / p95 / p99 | with explanations p50 / p95 / p99 | search peak RSS | load (1 min) |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for r in rows:
    s, x = r["search"], r["search_explain"]
    print("| %d | %d | %.1f s | %.0f | %.1f s (%.0f) | %.0f MiB | %s | %.2f / %.2f / %.2f ms | %.2f / %.2f / %.2f ms | %s | %.1f-%.1f |" % (
        r["creators"], r["posts"], r["import_s"], r["posts_per_s"], r["import_cpu_s"],
        r["posts_per_cpu_s"], r["index_bytes"] / 2**20,
        mib(r["import_peak_rss_kib"]), s["p50_ms"], s["p95_ms"], s["p99_ms"],
        x["p50_ms"], x["p95_ms"], x["p99_ms"], mib(r["search_peak_rss_kib"]), r["load"][0], r["load"][1]))
print()
print("First search after opening the index (loads the ranking signals): " + ", ".join(
    "%.0f ms at %d creators" % (r["search"]["first_ms"], r["creators"]) for r in rows) + ".")
if any(r.get("fts5") for r in rows):
    print()
    print("| creators | FTS5 import | FTS5 posts/s | FTS5 db | FTS5 p50 / p95 / p99 | import time ratio (ours / FTS5) | p50 ratio | p99 ratio |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        p, q = r.get("fts5"), r.get("ratio_to_fts5")
        if not p:
            continue
        print("| %d | %.1f s | %.0f | %.0f MiB | %.2f / %.2f / %.2f ms | %.2f | %.2f | %.2f |" % (
            r["creators"], p["import_s"], p["posts_per_s"], p["db_bytes"] / 2**20,
            p["p50_ms"], p["p95_ms"], p["p99_ms"], q["import_time"], q["p50"], q["p99"]))
PY
cat "$OUT/table.md"
