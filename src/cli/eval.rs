//! `valuematch eval`: metrics of a ranker on a judged query set, or the
//! comparison of two run files.

use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Args;
use valuematch::eval::{
    compare, evaluate, read_qrels, read_queries, read_run, run_queries, write_run, METRICS,
};
use valuematch::ranking::Ranker;

use crate::IndexArgs;

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Brand queries (JSON Lines: id, statement, optional filters).
    #[arg(long, required_unless_present = "compare")]
    pub queries: Option<PathBuf>,
    /// Graded judgments (TREC qrels: query_id 0 creator_id grade).
    #[arg(long)]
    pub qrels: PathBuf,
    /// Ranking to evaluate: valuematch, bm25 or followers.
    #[arg(long, default_value = "valuematch")]
    pub ranker: Ranker,
    /// Also write the ranking as a TREC run file.
    #[arg(long)]
    pub run_out: Option<PathBuf>,
    /// Compare two TREC run files instead (difference per metric and a paired randomisation-test p-value).
    #[arg(long, num_args = 2, value_names = ["A", "B"], conflicts_with_all = ["queries", "run_out"])]
    pub compare: Option<Vec<PathBuf>>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub index: IndexArgs,
}

fn open(path: &Path) -> Result<BufReader<File>> {
    Ok(BufReader::new(File::open(path).with_context(|| {
        format!("{}: cannot open", path.display())
    })?))
}

pub fn run(args: EvalArgs) -> Result<ExitCode> {
    let qrels = read_qrels(&args.qrels.display().to_string(), open(&args.qrels)?)?;
    if let Some(files) = &args.compare {
        let runs: Vec<_> = files
            .iter()
            .map(|f| read_run(&f.display().to_string(), open(f)?).map_err(anyhow::Error::from))
            .collect::<Result<_>>()?;
        let (a, b) = (evaluate(&runs[0], &qrels), evaluate(&runs[1], &qrels));
        let rows = compare(&a, &b, 10_000, 42);
        if args.json {
            println!("{}", serde_json::to_string_pretty(&rows)?);
        } else {
            println!(
                "{:<10} {:>8} {:>8} {:>8} {:>8}",
                "metric", "A", "B", "B-A", "p"
            );
            for r in rows {
                println!(
                    "{:<10} {:>8.4} {:>8.4} {:>+8.4} {:>8.4}",
                    r.metric, r.a, r.b, r.difference, r.p_value
                );
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    let Some(qpath) = &args.queries else {
        bail!("--queries is required")
    };
    let queries = read_queries(&qpath.display().to_string(), open(qpath)?)?;
    let index = super::open_index(&args.index)?;
    let run = run_queries(&index, &queries, args.ranker)?;
    if let Some(out) = &args.run_out {
        let mut f = std::io::BufWriter::new(
            File::create(out).with_context(|| format!("{}: cannot create", out.display()))?,
        );
        write_run(&run, &args.ranker.to_string(), &mut f)?;
    }
    let e = evaluate(&run, &qrels);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&e)?);
    } else {
        print!("{:<8}", "query");
        for m in METRICS {
            print!(" {m:>9}");
        }
        println!();
        for (q, ms) in e.queries.iter().chain([(&"mean".to_string(), &e.mean)]) {
            print!("{q:<8}");
            for m in METRICS {
                print!(" {:>9.4}", ms[m]);
            }
            println!();
        }
        println!(
            "ranker: {}, {} queries judged",
            args.ranker,
            e.queries.len()
        );
    }
    Ok(ExitCode::SUCCESS)
}
