//! Offline evaluation: TREC qrels and run files, the metrics trec_eval
//! computes (nDCG@10, nDCG@20, P@5, MAP, recall@20), running a query file
//! through a ranker, and a paired randomisation test between two runs.

use std::collections::{BTreeMap, HashMap};
use std::io::BufRead;

use rand::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::index::CreatorIndex;
use crate::ranking::{ids, rank, Filters, Ranker};

/// Relevance judgments: query id -> creator id -> grade.
pub type Qrels = HashMap<String, HashMap<String, u32>>;
/// A run: query id -> (creator id, score), in any order.
pub type Run = BTreeMap<String, Vec<(String, f64)>>;

/// The metrics reported, in order.
pub const METRICS: [&str; 5] = ["ndcg@10", "ndcg@20", "p@5", "map", "recall@20"];
/// How deep a run goes.
pub const RUN_DEPTH: usize = 1000;

/// A brand query from a query file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BrandQuery {
    pub id: String,
    pub statement: String,
    #[serde(default)]
    pub filters: Filters,
}

fn data_err(file: &str, line: usize, message: impl Into<String>) -> Error {
    Error::Data {
        file: file.to_string(),
        line,
        message: message.into(),
    }
}

/// Reads a query file (JSON Lines, spec format). Bad lines are errors with their line.
pub fn read_queries(file: &str, input: impl BufRead) -> Result<Vec<BrandQuery>> {
    let mut out: Vec<BrandQuery> = Vec::new();
    for (i, line) in input.lines().enumerate() {
        let line = line.map_err(|e| Error::io(file, e))?;
        if line.trim().is_empty() {
            continue;
        }
        let q: BrandQuery = serde_json::from_str(&line)
            .map_err(|e| data_err(file, i + 1, format!("not a query ({e})")))?;
        if q.statement.trim().is_empty() {
            return Err(data_err(file, i + 1, "statement: empty"));
        }
        q.filters
            .validate()
            .map_err(|e| data_err(file, i + 1, e.to_string()))?;
        if out.iter().any(|o| o.id == q.id) {
            return Err(data_err(
                file,
                i + 1,
                format!("id: duplicate query id {:?}", q.id),
            ));
        }
        out.push(q);
    }
    Ok(out)
}

/// Reads TREC qrels: `query_id 0 creator_id grade` per line.
pub fn read_qrels(file: &str, input: impl BufRead) -> Result<Qrels> {
    let mut q: Qrels = HashMap::new();
    for (i, line) in input.lines().enumerate() {
        let line = line.map_err(|e| Error::io(file, e))?;
        let parts: Vec<&str> = line.split_whitespace().collect();
        if parts.is_empty() {
            continue;
        }
        let [qid, _, doc, grade] = parts[..] else {
            return Err(data_err(
                file,
                i + 1,
                "expected `query_id 0 creator_id grade`",
            ));
        };
        let grade: i64 = grade
            .parse()
            .map_err(|_| data_err(file, i + 1, format!("grade {grade:?} is not an integer")))?;
        q.entry(qid.to_string())
            .or_default()
            .insert(doc.to_string(), grade.max(0) as u32);
    }
    Ok(q)
}

/// Reads a TREC run: `query_id Q0 creator_id rank score tag` per line.
pub fn read_run(file: &str, input: impl BufRead) -> Result<Run> {
    let mut run: Run = BTreeMap::new();
    for (i, line) in input.lines().enumerate() {
        let line = line.map_err(|e| Error::io(file, e))?;
        let parts: Vec<&str> = line.split_whitespace().collect();
        if parts.is_empty() {
            continue;
        }
        if parts.len() < 5 {
            return Err(data_err(
                file,
                i + 1,
                "expected `query_id Q0 creator_id rank score tag`",
            ));
        }
        let score: f64 = parts[4]
            .parse()
            .map_err(|_| data_err(file, i + 1, format!("score {:?} is not a number", parts[4])))?;
        run.entry(parts[0].to_string())
            .or_default()
            .push((parts[2].to_string(), score));
    }
    Ok(run)
}

/// Writes a run in TREC format.
pub fn write_run(run: &Run, tag: &str, out: &mut impl std::io::Write) -> std::io::Result<()> {
    for (qid, docs) in run {
        for (i, (doc, score)) in ranked(docs).iter().enumerate() {
            writeln!(out, "{qid} Q0 {doc} {} {score:.6} {tag}", i + 1)?;
        }
    }
    Ok(())
}

/// Orders a query's results as trec_eval does: score descending, ties by creator id descending.
fn ranked(docs: &[(String, f64)]) -> Vec<(String, f64)> {
    let mut v = docs.to_vec();
    v.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| b.0.cmp(&a.0)));
    v
}

/// The metrics of one query's results against its judgments.
pub fn query_metrics(
    docs: &[(String, f64)],
    judged: &HashMap<String, u32>,
) -> BTreeMap<String, f64> {
    let list = ranked(docs);
    let grade = |d: &str| judged.get(d).copied().unwrap_or(0);
    let relevant = judged.values().filter(|&&g| g > 0).count();
    let dcg = |k: usize| -> f64 {
        list.iter()
            .take(k)
            .enumerate()
            .map(|(i, (d, _))| grade(d) as f64 / ((i + 2) as f64).log2())
            .sum()
    };
    let mut ideal: Vec<u32> = judged.values().copied().filter(|&g| g > 0).collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let idcg = |k: usize| -> f64 {
        ideal
            .iter()
            .take(k)
            .enumerate()
            .map(|(i, &g)| g as f64 / ((i + 2) as f64).log2())
            .sum()
    };
    let ndcg = |k: usize| if idcg(k) > 0.0 { dcg(k) / idcg(k) } else { 0.0 };
    let rel_in = |k: usize| list.iter().take(k).filter(|(d, _)| grade(d) > 0).count();
    let mut hits = 0usize;
    let mut ap = 0.0;
    for (i, (d, _)) in list.iter().enumerate() {
        if grade(d) > 0 {
            hits += 1;
            ap += hits as f64 / (i + 1) as f64;
        }
    }
    let div = |a: f64, b: usize| if b > 0 { a / b as f64 } else { 0.0 };
    BTreeMap::from([
        ("ndcg@10".to_string(), ndcg(10)),
        ("ndcg@20".to_string(), ndcg(20)),
        ("p@5".to_string(), rel_in(5) as f64 / 5.0),
        ("map".to_string(), div(ap, relevant)),
        ("recall@20".to_string(), div(rel_in(20) as f64, relevant)),
    ])
}

/// Per-query and mean metrics of a run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    pub mean: BTreeMap<String, f64>,
    pub queries: BTreeMap<String, BTreeMap<String, f64>>,
}

/// Evaluates `run` on every query of `qrels` that has a relevant creator
/// (a query missing from the run scores 0, as `trec_eval -c` does).
pub fn evaluate(run: &Run, qrels: &Qrels) -> Evaluation {
    let mut queries = BTreeMap::new();
    for (qid, judged) in qrels {
        if !judged.values().any(|&g| g > 0) {
            continue;
        }
        let docs = run.get(qid).map(Vec::as_slice).unwrap_or(&[]);
        queries.insert(qid.clone(), query_metrics(docs, judged));
    }
    let mut mean = BTreeMap::new();
    for m in METRICS {
        let sum: f64 = queries.values().map(|q: &BTreeMap<String, f64>| q[m]).sum();
        mean.insert(
            m.to_string(),
            if queries.is_empty() {
                0.0
            } else {
                sum / queries.len() as f64
            },
        );
    }
    Evaluation { mean, queries }
}

/// Runs every query through `ranker` (to depth [`RUN_DEPTH`]).
pub fn run_queries(index: &CreatorIndex, queries: &[BrandQuery], ranker: Ranker) -> Result<Run> {
    let searcher = index.searcher();
    let mut run = Run::new();
    for q in queries {
        let reading = index.model.read_statement(&q.statement);
        let vector = reading.vector(&index.model.taxonomy);
        let ranking = rank(
            index,
            &searcher,
            &q.statement,
            &vector,
            &q.filters,
            ranker,
            RUN_DEPTH,
        )?;
        let names = ids(&searcher, &ranking.hits)?;
        let n = names.len();
        // Scores written as given; equal scores keep rank order via a tiny
        // decreasing offset so that trec_eval reproduces our order.
        let docs = names
            .into_iter()
            .zip(&ranking.hits)
            .enumerate()
            .map(|(i, (id, &(s, _)))| (id, s as f64 + (n - i) as f64 * 1e-9))
            .collect();
        run.insert(q.id.clone(), docs);
    }
    Ok(run)
}

/// The difference between two runs on one metric.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub metric: String,
    pub a: f64,
    pub b: f64,
    /// b - a
    pub difference: f64,
    /// Two-sided paired randomisation test.
    pub p_value: f64,
}

/// Compares runs `a` and `b` per metric, with a paired randomisation
/// (sign-flip) test over queries; seeded, so results repeat.
pub fn compare(a: &Evaluation, b: &Evaluation, iterations: usize, seed: u64) -> Vec<Comparison> {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    METRICS
        .iter()
        .map(|&m| {
            let diffs: Vec<f64> = a
                .queries
                .iter()
                .filter_map(|(q, am)| b.queries.get(q).map(|bm| bm[m] - am[m]))
                .collect();
            let n = diffs.len().max(1) as f64;
            let observed = (diffs.iter().sum::<f64>() / n).abs();
            let mut at_least = 0usize;
            for _ in 0..iterations {
                let s: f64 = diffs
                    .iter()
                    .map(|d| if rng.gen::<bool>() { *d } else { -*d })
                    .sum();
                if (s / n).abs() >= observed - 1e-12 {
                    at_least += 1;
                }
            }
            Comparison {
                metric: m.to_string(),
                a: a.mean[m],
                b: b.mean[m],
                difference: b.mean[m] - a.mean[m],
                p_value: (at_least + 1) as f64 / (iterations + 1) as f64,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judged(pairs: &[(&str, u32)]) -> HashMap<String, u32> {
        pairs.iter().map(|(d, g)| (d.to_string(), *g)).collect()
    }

    fn docs(ids: &[&str]) -> Vec<(String, f64)> {
        ids.iter()
            .enumerate()
            .map(|(i, d)| (d.to_string(), 100.0 - i as f64))
            .collect()
    }

    #[test]
    fn metrics_match_hand_computed_values() {
        // Judged: a=3, b=2, c=1, d=0; run: d, a, x, c, b.
        let j = judged(&[("a", 3), ("b", 2), ("c", 1), ("d", 0)]);
        let m = query_metrics(&docs(&["d", "a", "x", "c", "b"]), &j);
        // DCG@10 = 3/log2(3) + 1/log2(5) + 2/log2(6) = 1.892789 + 0.430677 + 0.773706
        let dcg = 3.0 / 3f64.log2() + 1.0 / 5f64.log2() + 2.0 / 6f64.log2();
        // IDCG = 3/1 + 2/log2(3) + 1/2
        let idcg = 3.0 + 2.0 / 3f64.log2() + 0.5;
        assert!((m["ndcg@10"] - dcg / idcg).abs() < 1e-12);
        assert!((m["ndcg@10"] - 0.6504).abs() < 1e-4, "{}", m["ndcg@10"]);
        assert_eq!(m["p@5"], 3.0 / 5.0);
        // AP = (1/2 + 2/4 + 3/5) / 3
        assert!((m["map"] - (0.5 + 0.5 + 0.6) / 3.0).abs() < 1e-12);
        assert_eq!(m["recall@20"], 1.0);
    }

    #[test]
    fn ties_break_by_descending_id_like_trec_eval() {
        let j = judged(&[("b", 1)]);
        let tied = vec![("a".to_string(), 1.0), ("b".to_string(), 1.0)];
        // trec_eval puts "b" first on a tie.
        assert_eq!(query_metrics(&tied, &j)["map"], 1.0);
    }

    #[test]
    fn missing_queries_score_zero_and_unjudged_are_skipped() {
        let mut qrels = Qrels::new();
        qrels.insert("q1".into(), judged(&[("a", 1)]));
        qrels.insert("q2".into(), judged(&[("a", 2)]));
        qrels.insert("q3".into(), judged(&[("a", 0)]));
        let mut run = Run::new();
        run.insert("q1".into(), docs(&["a"]));
        let e = evaluate(&run, &qrels);
        assert_eq!(e.queries.len(), 2);
        assert_eq!(e.mean["ndcg@10"], 0.5);
    }

    #[test]
    fn randomisation_test_separates_real_from_no_difference() {
        let mk = |vals: &[f64]| Evaluation {
            mean: METRICS
                .iter()
                .map(|m| (m.to_string(), vals.iter().sum::<f64>() / vals.len() as f64))
                .collect(),
            queries: vals
                .iter()
                .enumerate()
                .map(|(i, &v)| {
                    (
                        format!("q{i}"),
                        METRICS.iter().map(|m| (m.to_string(), v)).collect(),
                    )
                })
                .collect(),
        };
        let a = mk(&[0.1; 20]);
        let better = mk(&[0.6; 20]);
        let same = mk(&[0.1; 20]);
        let c = compare(&a, &better, 2000, 7);
        assert!(c[0].p_value < 0.01 && (c[0].difference - 0.5).abs() < 1e-12);
        assert_eq!(compare(&a, &same, 2000, 7)[0].p_value, 1.0);
    }

    #[test]
    fn bad_qrels_and_runs_are_located() {
        let e = read_qrels("r.txt", "q1 0 a 2\nq1 0 b\n".as_bytes())
            .unwrap_err()
            .to_string();
        assert_eq!(e, "r.txt:2: expected `query_id 0 creator_id grade`");
        let e = read_run("x.txt", "q1 Q0 a 1 high t\n".as_bytes())
            .unwrap_err()
            .to_string();
        assert_eq!(e, "x.txt:1: score \"high\" is not a number");
        let e = read_queries(
            "q.jsonl",
            "{\"id\":\"q\",\"statement\":\"x\",\"filters\":{\"colour\":1}}\n".as_bytes(),
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.starts_with("q.jsonl:1: not a query (unknown field `colour`"),
            "{e}"
        );
    }
}
