//! Smoke run of the macro benchmark (`benches/macro.sh`) on a tiny corpus:
//! generate, import, latency with and without explanations, and the SQLite
//! FTS5 peer, end to end through the built binary. It checks that every
//! step ran and reported; it never judges a timing (benchmarks measure,
//! tests do not time anything).

use std::path::Path;
use std::process::Command;

use serde_json::Value;

#[test]
fn macro_benchmark_runs_end_to_end_on_50_creators() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new("bash")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/macro.sh"))
        .arg("50")
        .env("OUT", dir.path())
        .env("VALUEMATCH_BIN", env!("CARGO_BIN_EXE_valuematch"))
        .env("ROUNDS", "1")
        .env("QUERIES", "16")
        .env_remove("VALUEMATCH_INDEX")
        .env_remove("VALUEMATCH_LEXICONS")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "macro.sh failed:\n{stderr}");
    let results = std::fs::read_to_string(dir.path().join("results.jsonl")).unwrap();
    let rows: Vec<Value> = results
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    assert_eq!(r["creators"], 50);
    let posts = r["posts"].as_u64().unwrap();
    assert!((250..=2000).contains(&posts), "{posts} posts");
    for key in [
        "import_s",
        "import_cpu_s",
        "posts_per_s",
        "import_peak_rss_kib",
        "index_bytes",
    ] {
        assert!(r[key].as_f64().unwrap() > 0.0, "{key}: {r}");
    }
    for key in ["search", "search_explain"] {
        let s = &r[key];
        assert_eq!(s["queries"], 16, "{key}");
        assert!(s["results"].as_u64().unwrap() > 0, "{key} found nothing");
        for p in ["p50_ms", "p95_ms", "p99_ms"] {
            assert!(s[p].is_number(), "{key}.{p}");
        }
    }
    assert_eq!(r["search_explain"]["explain"], true);
    // The peer runs wherever Python's sqlite3 has FTS5 (it does on the project's machines).
    if !r["fts5"].is_null() {
        assert_eq!(r["fts5"]["creators"], 50);
        assert_eq!(r["fts5"]["posts"].as_u64().unwrap(), posts);
        assert!(r["ratio_to_fts5"]["import_time"].is_number());
    }
    let table = std::fs::read_to_string(dir.path().join("table.md")).unwrap();
    assert!(table.contains("| 50 |"), "{table}");
}
