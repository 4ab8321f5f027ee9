//! `valuematch latency`: search latency over a query file, for benchmarks.

use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;
use valuematch::bench::search_latency;
use valuematch::eval::read_queries;
use valuematch::ranking::Ranker;

use crate::IndexArgs;

#[derive(Args, Debug)]
pub struct LatencyArgs {
    /// Brand queries (JSON Lines: id, statement, optional filters).
    #[arg(long)]
    pub queries: PathBuf,
    /// Results per search (1-100).
    #[arg(long, short = 'n', default_value_t = 20)]
    pub limit: usize,
    /// Build explanations for every result.
    #[arg(long)]
    pub explain: bool,
    /// Ranking: valuematch, bm25 or followers.
    #[arg(long, default_value = "valuematch")]
    pub ranker: Ranker,
    /// Timed passes over the queries (after one warm-up pass).
    #[arg(long, default_value_t = 3)]
    pub rounds: usize,
    #[command(flatten)]
    pub index: IndexArgs,
}

pub fn run(args: LatencyArgs) -> Result<ExitCode> {
    let name = args.queries.display().to_string();
    let file = File::open(&args.queries).with_context(|| format!("{name}: cannot open"))?;
    let queries = read_queries(&name, BufReader::new(file))?;
    let index = super::open_index(&args.index)?;
    let report = search_latency(
        &index,
        &queries,
        args.ranker,
        args.limit,
        args.explain,
        args.rounds,
    )?;
    println!("{}", serde_json::to_string(&report)?);
    Ok(ExitCode::SUCCESS)
}
