//! `valuematch generate`: a deterministic synthetic corpus (and brand
//! statements) for benchmarks.

use std::fs::File;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;
use valuematch::synth::{write_statements, Generator};

#[derive(Args, Debug)]
pub struct GenerateArgs {
    /// How many creators (each with 5-40 posts, about 15 on average).
    #[arg(long)]
    pub creators: usize,
    /// The seed: the same seed and count give the same bytes.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Write the corpus here (JSON Lines) instead of standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Also write this many brand statements (queries in JSON Lines) to --queries-out.
    #[arg(long, default_value_t = 200, requires = "queries_out")]
    pub queries: usize,
    /// Where to write the brand statements.
    #[arg(long)]
    pub queries_out: Option<PathBuf>,
}

pub fn run(args: GenerateArgs) -> Result<ExitCode> {
    let gen = Generator::new(args.seed);
    let stats = match &args.out {
        Some(path) => {
            let f =
                File::create(path).with_context(|| format!("{}: cannot create", path.display()))?;
            gen.write(args.creators, f)?
        }
        None => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            let s = gen.write(args.creators, &mut lock)?;
            lock.flush()?;
            s
        }
    };
    if let Some(path) = &args.queries_out {
        let f = File::create(path).with_context(|| format!("{}: cannot create", path.display()))?;
        write_statements(args.queries, args.seed, std::io::BufWriter::new(f))?;
    }
    eprintln!(
        "generated {} creator(s), {} post(s), {} bytes (seed {})",
        stats.creators, stats.posts, stats.bytes, args.seed
    );
    Ok(ExitCode::SUCCESS)
}
