//! A deterministic synthetic corpus for benchmarks: `n` creators with 5-40
//! posts each (about 15 on average, most creators posting little), in the
//! eight languages of the built-in lexicons, mixing everyday, value and topic
//! vocabulary (see [`vocab`]), valid against the corpus format of
//! `shared/spec/data-format.md`. The same seed gives the same bytes on every
//! machine: the generator uses its own small random number generator
//! (SplitMix64), not a crate whose stream may change between versions.
//!
//! Also writes a fixed set of brand statements in every language (queries
//! in the spec's JSON Lines format) for latency benchmarks.

pub mod vocab;

use std::io::{self, Write};

use serde::Serialize;

use crate::corpus::{Creator, Post};
use vocab::{Vocab, EMOJI, LANGUAGES, PLATFORMS};

/// The fewest and most posts a synthetic creator has.
pub const MIN_POSTS: usize = 5;
pub const MAX_POSTS: usize = 40;

/// 2023-01-01T00:00:00Z: the earliest post.
const EPOCH_START: i64 = 1_672_531_200;
/// The span over which posts are spread (about 2.5 years).
const SPAN_SECONDS: i64 = 912 * 86_400;

/// SplitMix64: small, fast, and its stream is fixed by its definition.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in [0, n).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// What was generated.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SynthStats {
    pub creators: usize,
    pub posts: usize,
    pub bytes: u64,
}

/// The generator of one corpus.
#[derive(Debug, Clone)]
pub struct Generator {
    seed: u64,
}

impl Generator {
    pub fn new(seed: u64) -> Self {
        Generator { seed }
    }

    /// Creator number `i` (0-based). Each creator has its own random stream
    /// derived from the seed and `i`, so any slice of a corpus can be made alone.
    pub fn creator(&self, i: usize) -> Creator {
        let mut rng = Rng::new(self.seed ^ (i as u64).wrapping_mul(0xD6E8_FEB8_6659_FD93));
        rng.next_u64();
        let lang_ix = rng.below(LANGUAGES.len());
        let v = &LANGUAGES[lang_ix];
        let id = format!("syn-{}-{i:07}", v.code);
        // A persona: a few values and topics this creator keeps coming back to.
        let n_values = 1 + rng.below(3);
        let persona_values: Vec<usize> = (0..n_values).map(|_| rng.below(18)).collect();
        let persona_topics: Vec<usize> = (0..1 + rng.below(2)).map(|_| rng.below(12)).collect();
        // Skewed towards few posts: 5 + 36 * u^2.5 has mean of about 15.
        let n_posts = (MIN_POSTS + (36.0 * rng.unit().powf(2.5)) as usize).min(MAX_POSTS);
        let followers = (300.0 * (10f64).powf(rng.unit() * 3.8)) as u64;
        let first = rng.pick(v.first_names);
        let last = rng.pick(v.last_names);
        let handle = format!("@{}{}", ascii_handle(first), i);
        let platforms: Vec<String> = {
            let a = rng.below(PLATFORMS.len());
            let mut p = vec![PLATFORMS[a].to_string()];
            if rng.chance(0.4) {
                let b = (a + 1 + rng.below(PLATFORMS.len() - 1)) % PLATFORMS.len();
                p.push(PLATFORMS[b].to_string());
            }
            p
        };
        let bio = Some(format!(
            "{} · {} · {}",
            v.topic_nouns[persona_topics[0]],
            v.value_nouns[persona_values[0]],
            v.when[rng.below(v.when.len())]
        ));
        let start = EPOCH_START + rng.below(SPAN_SECONDS as usize / 2) as i64;
        let sponsored_rate = if rng.chance(0.2) { 0.35 } else { 0.05 };
        let mut posts = Vec::with_capacity(n_posts);
        for k in 0..n_posts {
            // Most posts in the creator's language, some in English, a few in another one.
            let pv = if rng.chance(0.85) {
                v
            } else if v.code != "en" && rng.chance(0.6) {
                &LANGUAGES[0]
            } else {
                rng.pick(LANGUAGES)
            };
            let ts = start + rng.below(SPAN_SECONDS as usize / 2) as i64;
            let sponsored = rng.chance(sponsored_rate);
            let text = post_text(&mut rng, pv, &persona_values, &persona_topics, sponsored);
            let likes = (followers as f64 * (0.002 + 0.05 * rng.unit())) as u64;
            let comments = (likes as f64 * 0.08 * rng.unit()) as u64;
            posts.push(Post {
                id: format!("{id}-p{k:02}"),
                text,
                created_at: Some(rfc3339(ts)),
                timestamp: None,
                platform: Some(platforms[rng.below(platforms.len())].clone()),
                likes: Some(likes),
                comments: Some(comments),
                shares: Some(comments / 3),
                sponsored: sponsored && rng.chance(0.7),
                url: Some(format!("https://example.org/{id}/p{k:02}")),
            });
        }
        Creator {
            url: Some(format!("https://example.org/{id}")),
            id,
            handle: Some(handle),
            name: Some(format!("{first} {last}")),
            bio,
            followers: Some(followers),
            country: Some(rng.pick(v.countries).to_string()),
            platforms,
            posts,
        }
    }

    /// Writes creators `0..n` as JSON Lines.
    pub fn write<W: Write>(&self, n: usize, out: W) -> io::Result<SynthStats> {
        let mut out = io::BufWriter::with_capacity(1 << 20, CountingWriter { inner: out, n: 0 });
        let mut stats = SynthStats::default();
        for i in 0..n {
            let c = self.creator(i);
            stats.creators += 1;
            stats.posts += c.posts.len();
            serde_json::to_writer(&mut out, &c)?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
        stats.bytes = out.get_ref().n;
        Ok(stats)
    }
}

struct CountingWriter<W> {
    inner: W,
    n: u64,
}

impl<W: Write> Write for CountingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let k = self.inner.write(buf)?;
        self.n += k as u64;
        Ok(k)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

fn ascii_handle(name: &str) -> String {
    let s: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if s.is_empty() {
        "creator".into()
    } else {
        s
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A hashtag from a noun phrase: words run together, each capitalised.
fn hashtag(noun: &str) -> String {
    let body: String = noun
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(capitalise)
        .collect();
    format!("#{body}")
}

fn post_text(
    rng: &mut Rng,
    v: &Vocab,
    persona_values: &[usize],
    persona_topics: &[usize],
    sponsored: bool,
) -> String {
    let mut clauses: Vec<String> = Vec::new();
    let stuffing = rng.chance(0.03);
    if stuffing {
        let mut tags: Vec<String> = (0..6 + rng.below(6))
            .map(|_| hashtag(v.value_nouns[rng.below(18)]))
            .collect();
        tags.push(hashtag(v.topic_nouns[persona_topics[0]]));
        return tags.join(" ");
    }
    if rng.chance(0.6) {
        let value = if rng.chance(0.8) {
            *rng.pick(persona_values)
        } else {
            rng.below(18)
        };
        clauses.push(format!("{} {}", v.values[value], rng.pick(v.when)));
    }
    if rng.chance(0.5) {
        let topic = if rng.chance(0.8) {
            *rng.pick(persona_topics)
        } else {
            rng.below(12)
        };
        clauses.push(v.topics[topic].to_string());
    }
    let neutral = 1 + rng.below(2);
    for _ in 0..neutral {
        clauses.push(rng.pick(v.neutral).to_string());
    }
    if rng.chance(0.05) {
        clauses.push(v.dismiss.replace("{}", v.value_nouns[rng.below(18)]));
    }
    // Shuffle the clauses a little: value and topic first or last.
    if clauses.len() > 1 && rng.chance(0.5) {
        clauses.rotate_left(1);
    }
    let mut text: String = clauses
        .iter()
        .map(|c| format!("{}.", capitalise(c)))
        .collect::<Vec<_>>()
        .join(" ");
    if rng.chance(0.35) {
        for _ in 0..1 + rng.below(3) {
            text.push(' ');
            let tag = if rng.chance(0.6) {
                hashtag(v.value_nouns[*rng.pick(persona_values)])
            } else {
                hashtag(v.topic_nouns[*rng.pick(persona_topics)])
            };
            text.push_str(&tag);
        }
    }
    if rng.chance(0.3) {
        text.push(' ');
        text.push_str(EMOJI[rng.below(EMOJI.len())]);
    }
    if sponsored && rng.chance(0.5) {
        text.push(' ');
        text.push_str(v.sponsor_tag);
    }
    text
}

fn rfc3339(ts: i64) -> String {
    chrono::DateTime::from_timestamp(ts, 0)
        .expect("timestamp in range")
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// A brand query in the spec's JSON Lines format.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SynthQuery {
    pub id: String,
    pub statement: String,
}

/// `n` brand statements, cycling through the eight languages, each naming a
/// topic and two values in that language's words.
pub fn statements(n: usize, seed: u64) -> Vec<SynthQuery> {
    let mut rng = Rng::new(seed ^ 0x5157_A7E3_E275_0000);
    (0..n)
        .map(|i| {
            let v = &LANGUAGES[i % LANGUAGES.len()];
            let a = rng.below(18);
            let b = (a + 1 + rng.below(17)) % 18;
            let t = rng.below(12);
            let statement = rng
                .pick(v.statement)
                .replace("{t}", v.topic_nouns[t])
                .replace("{a}", v.value_nouns[a])
                .replace("{b}", v.value_nouns[b]);
            SynthQuery {
                id: format!("s{i:03}-{}", v.code),
                statement,
            }
        })
        .collect()
}

/// Writes [`statements`] as JSON Lines.
pub fn write_statements<W: Write>(n: usize, seed: u64, mut out: W) -> io::Result<()> {
    for q in statements(n, seed) {
        serde_json::to_writer(&mut out, &q)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::CorpusReader;

    #[test]
    fn same_seed_same_corpus_and_every_record_is_valid() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        let stats = Generator::new(7).write(60, &mut a).unwrap();
        Generator::new(7).write(60, &mut b).unwrap();
        assert_eq!(a, b);
        assert_eq!(stats.creators, 60);
        assert_eq!(stats.bytes, a.len() as u64);
        let mut other = Vec::new();
        Generator::new(8).write(60, &mut other).unwrap();
        assert_ne!(a, other);
        let mut posts = 0;
        let mut langs = std::collections::HashSet::new();
        for r in CorpusReader::new(a.as_slice()) {
            let (_, c) = r.unwrap().expect("valid record");
            assert!((MIN_POSTS..=MAX_POSTS).contains(&c.posts.len()));
            langs.insert(c.id[4..6].to_string());
            posts += c.posts.len();
        }
        assert_eq!(posts, stats.posts);
        assert_eq!(langs.len(), 8, "{langs:?}");
    }

    #[test]
    fn vocabularies_are_complete_and_statements_cycle_languages() {
        for v in LANGUAGES {
            for list in [v.neutral, v.when, v.countries, v.first_names, v.last_names] {
                assert!(!list.is_empty(), "{}", v.code);
            }
            assert!(v.dismiss.contains("{}"), "{}", v.code);
            for s in v.statement {
                assert!(s.contains("{t}") && s.contains("{a}") && s.contains("{b}"));
            }
        }
        let qs = statements(16, 1);
        assert_eq!(qs.len(), 16);
        assert_eq!(qs[0].id, "s000-en");
        assert_eq!(qs[7].id, "s007-el");
        assert!(qs.iter().all(|q| !q.statement.contains('{')));
        assert_eq!(qs, statements(16, 1));
    }
}
