//! End-to-end quality check: imports the judged development set through the
//! binary, runs `valuematch eval` for every ranker, and holds the value
//! ranker above a floor a little below the figure it reaches.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// A little below the mean nDCG@10 reached on the development set (see README).
const NDCG10_FLOOR: f64 = 0.78;

fn dev(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/eval/dev")
        .join(name)
}

fn vm(index: &Path) -> Command {
    let mut c = Command::cargo_bin("valuematch").unwrap();
    c.env("VALUEMATCH_INDEX", index)
        .env_remove("VALUEMATCH_LEXICONS");
    c
}

fn eval(index: &Path, ranker: &str, run_out: &Path) -> Value {
    let out = vm(index)
        .args(["eval", "--json", "--ranker", ranker, "--queries"])
        .arg(dev("queries.jsonl"))
        .arg("--qrels")
        .arg(dev("qrels.txt"))
        .arg("--run-out")
        .arg(run_out)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn value_ranking_beats_baselines_on_the_dev_set() {
    let dir = tempfile::tempdir().unwrap();
    let idx = dir.path().join("idx");
    let out = vm(&idx)
        .arg("import")
        .arg(dev("corpus.jsonl"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("rejected 0 bad record(s)"));

    let runs: Vec<PathBuf> = ["valuematch", "bm25", "followers"]
        .iter()
        .map(|r| dir.path().join(format!("{r}.run")))
        .collect();
    let vm_eval = eval(&idx, "valuematch", &runs[0]);
    let bm25 = eval(&idx, "bm25", &runs[1]);
    let followers = eval(&idx, "followers", &runs[2]);
    let ndcg = |e: &Value| e["mean"]["ndcg@10"].as_f64().unwrap();
    println!(
        "nDCG@10 valuematch {:.4}, bm25 {:.4}, followers {:.4}",
        ndcg(&vm_eval),
        ndcg(&bm25),
        ndcg(&followers)
    );
    assert!(
        ndcg(&vm_eval) >= NDCG10_FLOOR,
        "valuematch nDCG@10 {} fell below {NDCG10_FLOOR}",
        ndcg(&vm_eval)
    );
    assert!(ndcg(&vm_eval) > ndcg(&bm25) + 0.2);
    assert!(
        ndcg(&followers) < 0.1,
        "follower count does not find aligned creators"
    );
    assert_eq!(vm_eval["queries"].as_object().unwrap().len(), 16);
    for m in ["ndcg@10", "ndcg@20", "p@5", "map", "recall@20"] {
        assert!(vm_eval["mean"][m].is_number(), "{m}");
    }

    // The run file is TREC format and the comparison finds the difference significant.
    let run = std::fs::read_to_string(&runs[0]).unwrap();
    let first: Vec<&str> = run.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(
        (first.len(), first[1], first[3], first[5]),
        (6, "Q0", "1", "valuematch")
    );
    let out = vm(&idx)
        .args(["eval", "--json", "--qrels"])
        .arg(dev("qrels.txt"))
        .arg("--compare")
        .arg(&runs[1])
        .arg(&runs[0])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cmp: Value = serde_json::from_slice(&out.stdout).unwrap();
    let row = cmp
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["metric"] == "ndcg@10")
        .unwrap();
    assert!((row["difference"].as_f64().unwrap() - (ndcg(&vm_eval) - ndcg(&bm25))).abs() < 1e-6);
    assert!(row["p_value"].as_f64().unwrap() < 0.01, "{row}");
}
