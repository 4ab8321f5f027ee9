//! Criterion micro-benchmarks of the hot paths: analysis of a post, reading
//! a post for values, value scoring of a creator, query analysis, and
//! ranking of candidates. Inputs come from the synthetic corpus generator
//! (`valuematch::synth`), so they are the same on every run.
//!
//! `cargo bench --bench hot_paths` (add `-- --quick` for a short run).

use std::hint::black_box;
use std::sync::Arc;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use valuematch::datafiles::DataSources;
use valuematch::import::Import;
use valuematch::index::CreatorIndex;
use valuematch::ranking::{AlignmentScorer, Weights};
use valuematch::search::{search, SearchRequest};
use valuematch::synth::{statements, Generator};
use valuematch::values::ValueModel;

fn model() -> Arc<ValueModel> {
    Arc::new(ValueModel::load(&DataSources::builtin_only()).expect("built-in data loads"))
}

fn analysis(c: &mut Criterion) {
    let model = model();
    let gen = Generator::new(42);
    let posts: Vec<String> = (0..64)
        .flat_map(|i| gen.creator(i).posts.into_iter().map(|p| p.text))
        .take(512)
        .collect();
    let bytes: usize = posts.iter().map(|p| p.len()).sum();
    let mut g = c.benchmark_group("post");
    g.throughput(Throughput::Elements(posts.len() as u64));
    g.bench_function("detect_language", |b| {
        b.iter(|| {
            for p in &posts {
                black_box(model.analyzer.detect(p));
            }
        })
    });
    g.bench_function("analyze", |b| {
        b.iter(|| {
            for p in &posts {
                black_box(model.analyzer.analyze(p, None));
            }
        })
    });
    let analyzed: Vec<_> = posts
        .iter()
        .map(|p| model.analyzer.analyze(p, None))
        .collect();
    g.bench_function("read_values", |b| {
        b.iter(|| {
            for a in &analyzed {
                black_box(model.read(a));
            }
        })
    });
    g.finish();
    eprintln!("({} posts, {bytes} bytes per iteration)", posts.len());
}

fn creator_scoring(c: &mut Criterion) {
    let model = model();
    let gen = Generator::new(42);
    let creators: Vec<_> = (0..32).map(|i| gen.creator(i)).collect();
    let posts: usize = creators.iter().map(|c| c.posts.len()).sum();
    let mut g = c.benchmark_group("creator");
    g.throughput(Throughput::Elements(creators.len() as u64));
    g.bench_function("read_creator", |b| {
        b.iter(|| {
            for c in &creators {
                black_box(model.read_creator(c));
            }
        })
    });
    g.finish();
    eprintln!("({} creators, {posts} posts per iteration)", creators.len());
}

fn query_analysis(c: &mut Criterion) {
    let model = model();
    let queries = statements(64, 1);
    let mut g = c.benchmark_group("statement");
    g.throughput(Throughput::Elements(queries.len() as u64));
    g.bench_function("read_statement", |b| {
        b.iter(|| {
            for q in &queries {
                let r = model.read_statement(&q.statement);
                black_box(r.vector(&model.taxonomy));
            }
        })
    });
    g.finish();
}

fn ranking(c: &mut Criterion) {
    let model = model();
    let tax = &model.taxonomy;
    let width = 2 * tax.values.len() + tax.topics.len() + 3;
    // 100k creators' signals, deterministic pseudo-random values in 0..1.
    let rows = 100_000;
    let mut x: u32 = 12345;
    let matrix: Vec<f32> = (0..rows * width)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x % 1000) as f32 / 1000.0
        })
        .collect();
    let q = statements(8, 1)
        .into_iter()
        .map(|q| model.read_statement(&q.statement).vector(tax))
        .find(|v| !v.is_empty())
        .expect("a statement with values");
    let scorer = AlignmentScorer::new(tax, q, Weights::default());
    let mut g = c.benchmark_group("ranking");
    g.throughput(Throughput::Elements(rows as u64));
    g.bench_function("score_100k_rows", |b| {
        b.iter(|| {
            let mut best = f32::MIN;
            for row in matrix.chunks_exact(width) {
                best = best.max(scorer.score(row));
            }
            black_box(best)
        })
    });
    g.bench_function("parts_one_row", |b| {
        b.iter(|| black_box(scorer.parts(&matrix[..width])))
    });
    g.finish();

    // End to end: search over a small index (2,000 synthetic creators).
    let dir = tempfile::tempdir().expect("temp dir");
    let index = CreatorIndex::open_or_create(&dir.path().join("idx"), model.clone()).unwrap();
    let mut import = Import::begin(&index).unwrap();
    let gen = Generator::new(7);
    for i in 0..2_000 {
        import.add(&gen.creator(i)).unwrap();
    }
    import.commit().unwrap();
    let queries = statements(16, 3);
    let mut g = c.benchmark_group("search_2k_creators");
    for explain in [false, true] {
        let name = if explain { "top20_explain" } else { "top20" };
        g.bench_function(name, |b| {
            let mut i = 0;
            b.iter_batched(
                || {
                    i += 1;
                    let mut r = SearchRequest::new(queries[i % queries.len()].statement.clone());
                    r.explain = explain;
                    r
                },
                |r| black_box(search(&index, &r).unwrap()),
                BatchSize::SmallInput,
            )
        });
    }
    g.finish();
}

criterion_group!(benches, analysis, creator_scoring, query_analysis, ranking);
criterion_main!(benches);
