#!/usr/bin/env python3
"""The peer of the macro benchmark: the same corpus loaded into SQLite FTS5
(one row per creator: handle, name, bio and all posts, unicode61 tokenizer
with diacritics removed), and the same brand statements run as BM25 queries
(every word of the statement OR-ed, top N by bm25()).

usage: fts5_peer.py CORPUS.jsonl QUERIES.jsonl DB_PATH [--limit 20] [--rounds 2]
Prints one JSON object: import time and throughput, database size, latency
percentiles in milliseconds, and this process's peak resident memory.
"""

import argparse
import json
import os
import re
import resource
import sqlite3
import sys
import time

WORD = re.compile(r"\w+", re.UNICODE)


def percentile(sorted_xs, p):
    if not sorted_xs:
        return 0.0
    k = max(1, min(len(sorted_xs), -(-int(p * len(sorted_xs)) // 100)))
    return sorted_xs[k - 1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("queries")
    ap.add_argument("db")
    ap.add_argument("--limit", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()

    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(a.db + suffix):
            os.remove(a.db + suffix)
    started = time.perf_counter()
    db = sqlite3.connect(a.db)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute(
        "CREATE VIRTUAL TABLE creators USING fts5("
        "id UNINDEXED, handle, name, bio, posts, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    creators = posts = 0

    def rows():
        nonlocal creators, posts
        with open(a.corpus, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                c = json.loads(line)
                ps = c.get("posts") or []
                creators += 1
                posts += len(ps)
                yield (
                    c["id"],
                    c.get("handle") or "",
                    c.get("name") or "",
                    c.get("bio") or "",
                    "\n".join(p.get("text") or "" for p in ps),
                )

    with db:
        db.executemany(
            "INSERT INTO creators(id, handle, name, bio, posts) VALUES (?,?,?,?,?)", rows()
        )
    db.execute("INSERT INTO creators(creators) VALUES('optimize')")
    db.commit()
    import_s = time.perf_counter() - started

    statements = []
    with open(a.queries, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                statements.append(json.loads(line)["statement"])

    def match_expr(s):
        words = []
        for w in WORD.findall(s.lower()):
            if w not in words:
                words.append(w)
        return " OR ".join('"%s"' % w.replace('"', '""') for w in words)

    exprs = [match_expr(s) for s in statements]
    sql = "SELECT id, bm25(creators) FROM creators WHERE creators MATCH ? ORDER BY bm25(creators) LIMIT ?"
    for e in exprs:  # warm-up pass
        db.execute(sql, (e, a.limit)).fetchall()
    times = []
    results = 0
    for _ in range(max(1, a.rounds)):
        for e in exprs:
            t = time.perf_counter()
            rows_ = db.execute(sql, (e, a.limit)).fetchall()
            times.append((time.perf_counter() - t) * 1000.0)
            results += len(rows_)
    times.sort()
    db.close()
    print(
        json.dumps(
            {
                "creators": creators,
                "posts": posts,
                "import_s": round(import_s, 3),
                "posts_per_s": round(posts / import_s, 1) if import_s > 0 else None,
                "db_bytes": os.path.getsize(a.db),
                "queries": len(exprs),
                "mean_ms": round(sum(times) / max(1, len(times)), 3),
                "p50_ms": round(percentile(times, 50), 3),
                "p95_ms": round(percentile(times, 95), 3),
                "p99_ms": round(percentile(times, 99), 3),
                "results": results,
                "peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                "sqlite": sqlite3.sqlite_version,
            }
        )
    )


if __name__ == "__main__":
    sys.exit(main())
