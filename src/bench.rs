//! Measurement helpers for the macro benchmark (`benches/macro.sh`): search
//! latency over a fixed query set, through the same [`crate::search::search`]
//! entry point the CLI and HTTP layer use. Only benchmarks time anything;
//! tests run this code path without looking at the figures.

use std::time::{Duration, Instant};

use serde::Serialize;

use crate::error::Result;
use crate::eval::BrandQuery;
use crate::index::CreatorIndex;
use crate::ranking::Ranker;
use crate::search::{search, SearchRequest};

/// Latency figures of one pass over a query set, in milliseconds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LatencyReport {
    pub queries: usize,
    pub explain: bool,
    pub limit: usize,
    pub ranker: Ranker,
    /// The very first search on a freshly opened index (loads the ranking signals).
    pub first_ms: f64,
    pub mean_ms: f64,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    /// Results returned, summed over queries (a check that searches did work).
    pub results: usize,
}

/// The `p`-th percentile (0-100) of sorted `xs`, nearest rank.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Runs every query once as a warm-up (the first search's time is kept as
/// `first_ms`), then `rounds` timed passes; reports percentiles over all
/// timed searches.
pub fn search_latency(
    index: &CreatorIndex,
    queries: &[BrandQuery],
    ranker: Ranker,
    limit: usize,
    explain: bool,
    rounds: usize,
) -> Result<LatencyReport> {
    let request = |q: &BrandQuery| SearchRequest {
        statement: q.statement.clone(),
        filters: q.filters.clone(),
        limit,
        offset: 0,
        explain,
        ranker,
    };
    let mut first_ms = 0.0;
    for (i, q) in queries.iter().enumerate() {
        let t = Instant::now();
        search(index, &request(q))?;
        if i == 0 {
            first_ms = ms(t.elapsed());
        }
    }
    let mut times = Vec::with_capacity(queries.len() * rounds.max(1));
    let mut results = 0;
    for _ in 0..rounds.max(1) {
        for q in queries {
            let req = request(q);
            let t = Instant::now();
            let resp = search(index, &req)?;
            times.push(ms(t.elapsed()));
            results += resp.results.len();
        }
    }
    times.sort_by(f64::total_cmp);
    let mean = times.iter().sum::<f64>() / times.len().max(1) as f64;
    Ok(LatencyReport {
        queries: queries.len(),
        explain,
        limit,
        ranker,
        first_ms,
        mean_ms: mean,
        p50_ms: percentile(&times, 50.0),
        p95_ms: percentile(&times, 95.0),
        p99_ms: percentile(&times, 99.0),
        max_ms: times.last().copied().unwrap_or(0.0),
        results,
    })
}

#[cfg(test)]
mod tests {
    use super::percentile;

    #[test]
    fn nearest_rank_percentiles() {
        let xs: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&xs, 50.0), 50.0);
        assert_eq!(percentile(&xs, 99.0), 99.0);
        assert_eq!(percentile(&xs, 100.0), 100.0);
        assert_eq!(percentile(&[3.0], 95.0), 3.0);
        assert_eq!(percentile(&[], 50.0), 0.0);
    }
}
