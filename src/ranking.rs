//! Ranking: turns a brand statement and filters into an ordered list of
//! creators. Three rankers: `valuematch` (value alignment, the default),
//! `bm25` (full text of bio and posts, a baseline) and `followers` (the
//! industry habit, a baseline). Filters run as tantivy queries; value
//! alignment is scored from the in-memory signals of each segment.

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::ops::Bound;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tantivy::collector::{Collector, Count, SegmentCollector, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, DocId, Order, Score, SegmentOrdinal, SegmentReader, Term};

use crate::analysis::tokenizer::index_tokens;
use crate::analysis::Language;
use crate::error::{Error, Result};
use crate::index::{CreatorIndex, SegmentSignals};
use crate::values::{QueryVector, Taxonomy};

/// Which ranking to use.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Ranker {
    /// Value alignment (the product).
    #[default]
    Valuematch,
    /// BM25 of the statement over bio and posts (baseline).
    Bm25,
    /// Follower count, largest first (baseline).
    Followers,
}

impl std::str::FromStr for Ranker {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "valuematch" => Ok(Ranker::Valuematch),
            "bm25" => Ok(Ranker::Bm25),
            "followers" => Ok(Ranker::Followers),
            other => Err(Error::invalid(
                "ranker",
                format!("unknown ranker {other:?}; use valuematch, bm25 or followers"),
            )),
        }
    }
}

impl std::fmt::Display for Ranker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Ranker::Valuematch => "valuematch",
            Ranker::Bm25 => "bm25",
            Ranker::Followers => "followers",
        })
    }
}

/// Filters on creators (the spec's query `filters`, plus `max_followers`,
/// `countries` and `platforms`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Filters {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_followers: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_followers: Option<u64>,
    /// ISO 639-1 codes: creators who write in any of them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// ISO 3166-1 alpha-2 codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platforms: Vec<String>,
}

impl Filters {
    /// Checks the filters; the error names the offending field.
    pub fn validate(&self) -> Result<()> {
        if let (Some(min), Some(max)) = (self.min_followers, self.max_followers) {
            if min > max {
                return Err(Error::invalid(
                    "filters.min_followers",
                    format!("min_followers ({min}) is above max_followers ({max})"),
                ));
            }
        }
        for (i, l) in self.languages.iter().enumerate() {
            if Language::from_code(l).is_none() {
                return Err(Error::invalid(
                    format!("filters.languages[{i}]"),
                    format!("{l:?} is not a language code (use ISO 639-1, e.g. \"fr\")"),
                ));
            }
        }
        for (i, c) in self.countries.iter().enumerate() {
            if c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_alphabetic()) {
                return Err(Error::invalid(
                    format!("filters.countries[{i}]"),
                    format!("{c:?} is not an ISO 3166-1 alpha-2 country code (e.g. \"RO\")"),
                ));
            }
        }
        for (i, p) in self.platforms.iter().enumerate() {
            if p.trim().is_empty() {
                return Err(Error::invalid(
                    format!("filters.platforms[{i}]"),
                    "empty platform name",
                ));
            }
        }
        Ok(())
    }

    pub fn is_empty(&self) -> bool {
        self == &Filters::default()
    }

    /// The filters as a tantivy query (all creators when empty).
    pub fn query(&self, index: &CreatorIndex) -> Box<dyn Query> {
        let f = &index.fields;
        let mut must: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if self.min_followers.is_some() || self.max_followers.is_some() {
            let bound = |v: Option<u64>| match v {
                Some(n) => Bound::Included(Term::from_field_u64(f.followers, n)),
                None => Bound::Unbounded,
            };
            must.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    bound(self.min_followers),
                    bound(self.max_followers),
                )),
            ));
        }
        let any_of = |field, values: Vec<String>| -> Box<dyn Query> {
            Box::new(BooleanQuery::new(
                values
                    .into_iter()
                    .map(|v| {
                        let q: Box<dyn Query> = Box::new(TermQuery::new(
                            Term::from_field_text(field, &v),
                            IndexRecordOption::Basic,
                        ));
                        (Occur::Should, q)
                    })
                    .collect(),
            ))
        };
        if !self.languages.is_empty() {
            let codes = self
                .languages
                .iter()
                .filter_map(|l| Language::from_code(l))
                .map(|l| l.code().to_string())
                .collect();
            must.push((Occur::Must, any_of(f.languages, codes)));
        }
        if !self.countries.is_empty() {
            let codes = self
                .countries
                .iter()
                .map(|c| c.to_ascii_uppercase())
                .collect();
            must.push((Occur::Must, any_of(f.country, codes)));
        }
        if !self.platforms.is_empty() {
            let names = self
                .platforms
                .iter()
                .map(|p| p.trim().to_lowercase())
                .collect();
            must.push((Occur::Must, any_of(f.platforms, names)));
        }
        if must.is_empty() {
            Box::new(AllQuery)
        } else {
            Box::new(BooleanQuery::new(must))
        }
    }
}

/// How much each part of the alignment score weighs. The defaults are the
/// engine's; they are principles (value first, topic second, deeds against
/// words), not fitted to any evaluation set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// Bounds of the share of the base score that comes from topic match when
    /// the statement names both values and topics; within them, the share
    /// follows how much of the statement is about topics.
    pub topic_share: (f32, f32),
    /// Contradicting or rejecting posts, per unit of `against` of a wanted value.
    pub contradiction: f32,
    /// A strong opposing value (luxury for a frugal brand).
    pub opposition: f32,
    /// A value the brand itself rejects, shown by the creator.
    pub brand_rejects: f32,
    /// Share of base score lost at 100% sponsored posts.
    pub sponsored: f32,
    /// Share of base score lost at 100% keyword stuffing.
    pub stuffing: f32,
    /// Share of base score an authentic (or not) audience adds (or removes), at the extremes.
    pub engagement: f32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            topic_share: (0.2, 0.5),
            contradiction: 0.6,
            opposition: 0.5,
            brand_rejects: 0.5,
            sponsored: 0.3,
            stuffing: 0.5,
            engagement: 0.1,
        }
    }
}

/// One value's part of a score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ValuePart {
    pub value: usize,
    /// Positive contribution from showing the value.
    pub shows: f32,
    /// Negative: contradicting or rejecting posts.
    pub against: f32,
    /// Negative: a strong opposing value.
    pub opposed: f32,
}

/// A score broken into parts that add up to it.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreParts {
    pub values: Vec<ValuePart>,
    /// Per topic contribution (topic index, amount).
    pub topics: Vec<(usize, f32)>,
    /// Negative: values the brand rejects, shown by the creator (value, amount).
    pub brand_rejects: Vec<(usize, f32)>,
    pub sponsored: f32,
    pub stuffing: f32,
    pub engagement: f32,
}

impl ScoreParts {
    pub fn base(&self) -> f32 {
        self.values.iter().map(|v| v.shows).sum::<f32>()
            + self.topics.iter().map(|t| t.1).sum::<f32>()
    }

    pub fn total(&self) -> f32 {
        self.base()
            + self
                .values
                .iter()
                .map(|v| v.against + v.opposed)
                .sum::<f32>()
            + self.brand_rejects.iter().map(|r| r.1).sum::<f32>()
            + self.sponsored
            + self.stuffing
            + self.engagement
    }
}

/// Scores creators' signals against one query.
#[derive(Debug, Clone)]
pub struct AlignmentScorer {
    query: QueryVector,
    weights: Weights,
    n_values: usize,
    n_topics: usize,
    /// (value, weight, opposed values)
    wanted: Vec<(usize, f32, Vec<usize>)>,
    topics: Vec<(usize, f32)>,
    rejected: Vec<(usize, f32)>,
    value_share: f32,
    topic_share: f32,
}

impl AlignmentScorer {
    pub fn new(taxonomy: &Taxonomy, query: QueryVector, weights: Weights) -> Self {
        let wanted: Vec<(usize, f32, Vec<usize>)> = query
            .values
            .iter()
            .enumerate()
            .filter(|(_, &w)| w > 0.0)
            .map(|(i, &w)| (i, w, taxonomy.opposed(i).to_vec()))
            .collect();
        let topics: Vec<(usize, f32)> = query
            .topics
            .iter()
            .enumerate()
            .filter(|(_, &w)| w > 0.0)
            .map(|(i, &w)| (i, w))
            .collect();
        let rejected = query
            .against
            .iter()
            .enumerate()
            .filter(|(_, &w)| w > 0.0)
            .map(|(i, &w)| (i, w))
            .collect();
        let topic_share = match (wanted.is_empty(), topics.is_empty()) {
            (_, true) => 0.0,
            (true, false) => 1.0,
            (false, false) => query
                .topic_emphasis
                .clamp(weights.topic_share.0, weights.topic_share.1),
        };
        AlignmentScorer {
            n_values: taxonomy.values.len(),
            n_topics: taxonomy.topics.len(),
            query,
            weights,
            wanted,
            topics,
            rejected,
            value_share: 1.0 - topic_share,
            topic_share,
        }
    }

    pub fn query(&self) -> &QueryVector {
        &self.query
    }

    /// The score of one signals row, broken into parts.
    pub fn parts(&self, row: &[f32]) -> ScoreParts {
        let nv = self.n_values;
        let score = |v: usize| row[v];
        let against = |v: usize| row[nv + v];
        let topic = |t: usize| row[2 * nv + t];
        let tail = 2 * nv + self.n_topics;
        let (sponsored_share, stuffing_share, authenticity) =
            (row[tail], row[tail + 1], row[tail + 2]);
        let w = &self.weights;
        let values: Vec<ValuePart> = self
            .wanted
            .iter()
            .map(|(v, q, opposed)| ValuePart {
                value: *v,
                shows: self.value_share * q * score(*v),
                against: -w.contradiction * q * against(*v),
                opposed: -w.opposition * q * opposed.iter().map(|&o| score(o)).fold(0.0, f32::max),
            })
            .collect();
        let topics: Vec<(usize, f32)> = self
            .topics
            .iter()
            .map(|&(t, q)| (t, self.topic_share * q * topic(t)))
            .collect();
        let brand_rejects = self
            .rejected
            .iter()
            .map(|&(v, q)| (v, -w.brand_rejects * q * score(v)))
            .collect();
        let base =
            values.iter().map(|p| p.shows).sum::<f32>() + topics.iter().map(|t| t.1).sum::<f32>();
        ScoreParts {
            values,
            topics,
            brand_rejects,
            sponsored: -w.sponsored * base * sponsored_share,
            stuffing: -w.stuffing * base * stuffing_share,
            engagement: w.engagement * base * (2.0 * authenticity - 1.0),
        }
    }

    /// The score of one signals row (the same sum as [`Self::parts`], without allocating).
    pub fn score(&self, row: &[f32]) -> f32 {
        let nv = self.n_values;
        let w = &self.weights;
        let mut base = 0.0;
        let mut minus = 0.0;
        for (v, q, opposed) in &self.wanted {
            base += self.value_share * q * row[*v];
            minus += w.contradiction * q * row[nv + v];
            minus += w.opposition * q * opposed.iter().map(|&o| row[o]).fold(0.0, f32::max);
        }
        for &(t, q) in &self.topics {
            base += self.topic_share * q * row[2 * nv + t];
        }
        for &(v, q) in &self.rejected {
            minus += w.brand_rejects * q * row[v];
        }
        let tail = 2 * nv + self.n_topics;
        let factor = 1.0 - w.sponsored * row[tail] - w.stuffing * row[tail + 1]
            + w.engagement * (2.0 * row[tail + 2] - 1.0);
        base * factor - minus
    }
}

#[derive(Clone, Copy, PartialEq)]
struct Ranked(f32, DocAddress);

impl Eq for Ranked {}
impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Ranked {
    /// Better first: higher score, then lower address (stable order).
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .0
            .total_cmp(&self.0)
            .then_with(|| self.1.cmp(&other.1))
    }
}

/// Collects the top `k` creators by alignment score.
struct AlignmentCollector<'a> {
    index: &'a CreatorIndex,
    scorer: Arc<AlignmentScorer>,
    k: usize,
}

struct AlignmentSegmentCollector {
    signals: Arc<SegmentSignals>,
    scorer: Arc<AlignmentScorer>,
    segment: SegmentOrdinal,
    k: usize,
    heap: BinaryHeap<Ranked>,
}

impl Collector for AlignmentCollector<'_> {
    type Fruit = Vec<(f32, DocAddress)>;
    type Child = AlignmentSegmentCollector;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        let signals = self
            .index
            .segment_signals(reader)
            .map_err(|e| tantivy::TantivyError::InternalError(e.to_string()))?;
        Ok(AlignmentSegmentCollector {
            signals,
            scorer: self.scorer.clone(),
            segment,
            k: self.k,
            heap: BinaryHeap::with_capacity(self.k + 1),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(f32, DocAddress)>>) -> tantivy::Result<Self::Fruit> {
        let mut all: Vec<Ranked> = fruits
            .into_iter()
            .flatten()
            .map(|(s, a)| Ranked(s, a))
            .collect();
        all.sort();
        all.truncate(self.k);
        Ok(all.into_iter().map(|r| (r.0, r.1)).collect())
    }
}

impl SegmentCollector for AlignmentSegmentCollector {
    type Fruit = Vec<(f32, DocAddress)>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let Some(row) = self
            .signals
            .matrix
            .row(doc as usize)
            .to_slice()
            .map(|r| self.scorer.score(r))
        else {
            return;
        };
        let item = Ranked(row, DocAddress::new(self.segment, doc));
        if self.heap.len() < self.k {
            self.heap.push(item);
        } else if let Some(worst) = self.heap.peek() {
            // The heap's max is the worst-ranked item (Ord puts better first).
            if item < *worst {
                self.heap.pop();
                self.heap.push(item);
            }
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.heap.into_iter().map(|r| (r.0, r.1)).collect()
    }
}

/// A ranked list: scores and document addresses, best first, how many
/// creators passed the filters, and the alignment scorer used (if any).
#[derive(Debug, Clone)]
pub struct Ranking {
    pub hits: Vec<(f32, DocAddress)>,
    pub candidates: usize,
    pub scorer: Option<Arc<AlignmentScorer>>,
}

/// Smoothing of the rarity weight: a value no creator shows weighs
/// ln(1 + 1/RARITY_SMOOTHING), one every creator shows fully weighs ln(1 + 1/1.05).
pub const RARITY_SMOOTHING: f32 = 0.05;

/// Reweights the statement's values and topics by how rare they are in the
/// corpus, as IDF does for words: a value most creators show (family,
/// community) tells less about who fits this brand than a rare one. `means`
/// are the corpus means of the signals ([`CreatorIndex::signal_means`]).
pub fn weigh_by_rarity(query: &QueryVector, means: &[f32]) -> QueryVector {
    let nv = query.values.len();
    let rarity =
        |mean: Option<&f32>| (1.0 + 1.0 / (mean.copied().unwrap_or(0.0) + RARITY_SMOOTHING)).ln();
    let reweigh = |weights: &[f32], offset: usize| {
        let mut v: Vec<f32> = weights
            .iter()
            .enumerate()
            .map(|(i, &w)| w * rarity(means.get(offset + i)))
            .collect();
        let sum: f32 = v.iter().sum();
        if sum > 0.0 {
            v.iter_mut().for_each(|x| *x /= sum);
        }
        v
    };
    QueryVector {
        values: reweigh(&query.values, 0),
        against: query.against.clone(),
        topics: reweigh(&query.topics, 2 * nv),
        topic_emphasis: query.topic_emphasis,
    }
}

/// Ranks creators for a query with one ranker; returns the top `k`.
pub fn rank(
    index: &CreatorIndex,
    searcher: &tantivy::Searcher,
    statement: &str,
    query: &QueryVector,
    filters: &Filters,
    ranker: Ranker,
    k: usize,
) -> Result<Ranking> {
    let filter = filters.query(index);
    let candidates = searcher.search(filter.as_ref(), &Count)?;
    let k = k.max(1);
    let mut used = None;
    let hits = match ranker {
        Ranker::Valuematch if !query.is_empty() => {
            let weighted = weigh_by_rarity(query, &index.signal_means(searcher)?);
            let scorer = Arc::new(AlignmentScorer::new(
                &index.model.taxonomy,
                weighted,
                Weights::default(),
            ));
            used = Some(scorer.clone());
            searcher.search(filter.as_ref(), &AlignmentCollector { index, scorer, k })?
        }
        // With no value or topic recognised, value alignment has nothing to
        // go on: fall back to the text match.
        Ranker::Valuematch | Ranker::Bm25 => {
            let text = bm25_query(index, statement);
            let Some(text) = text else {
                return Ok(Ranking {
                    hits: Vec::new(),
                    candidates,
                    scorer: None,
                });
            };
            let q = BooleanQuery::new(vec![(Occur::Must, text), (Occur::Must, filter)]);
            searcher
                .search(&q, &TopDocs::with_limit(k).order_by_score())?
                .into_iter()
                .collect()
        }
        Ranker::Followers => searcher
            .search(
                filter.as_ref(),
                &TopDocs::with_limit(k).order_by_fast_field::<u64>("followers", Order::Desc),
            )?
            .into_iter()
            .map(|(f, a)| (f.unwrap_or(0) as f32, a))
            .collect(),
    };
    Ok(Ranking {
        hits,
        candidates,
        scorer: used,
    })
}

/// The statement as a BM25 query over handle, name, bio and posts.
fn bm25_query(index: &CreatorIndex, statement: &str) -> Option<Box<dyn Query>> {
    let analyzed = index
        .model
        .analyzer
        .analyze_as(statement, index.model.guess(statement));
    let mut terms: Vec<String> = index_tokens(&analyzed)
        .into_iter()
        .map(|t| t.text)
        .collect();
    terms.sort();
    terms.dedup();
    if terms.is_empty() {
        return None;
    }
    let f = &index.fields;
    let clauses: Vec<(Occur, Box<dyn Query>)> = [f.bio, f.posts, f.name, f.handle]
        .iter()
        .flat_map(|&field| {
            terms.iter().map(move |t| {
                let q: Box<dyn Query> = Box::new(TermQuery::new(
                    Term::from_field_text(field, t),
                    IndexRecordOption::WithFreqs,
                ));
                (Occur::Should, q)
            })
        })
        .collect();
    Some(Box::new(BooleanQuery::new(clauses)))
}

/// The ids of ranked documents (from the id fast field).
pub fn ids(searcher: &tantivy::Searcher, hits: &[(f32, DocAddress)]) -> Result<Vec<String>> {
    let mut out = Vec::with_capacity(hits.len());
    for &(_, addr) in hits {
        let segment = searcher.segment_reader(addr.segment_ord);
        let column = segment
            .fast_fields()
            .str("id")?
            .ok_or_else(|| Error::InvalidInput {
                field: None,
                message: "index has no id column".into(),
            })?;
        let mut id = String::new();
        if let Some(ord) = column.term_ords(addr.doc_id).next() {
            column
                .ord_to_str(ord, &mut id)
                .map_err(|e| Error::InvalidInput {
                    field: None,
                    message: e.to_string(),
                })?;
        }
        out.push(id);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::datafiles::DataSources;

    fn taxonomy() -> Taxonomy {
        Taxonomy::load(&DataSources::builtin_only()).unwrap()
    }

    fn row(t: &Taxonomy, fill: impl Fn(usize) -> f32) -> Vec<f32> {
        (0..2 * t.values.len() + t.topics.len() + 3)
            .map(fill)
            .collect()
    }

    fn query(t: &Taxonomy, values: &[(&str, f32)], topics: &[(&str, f32)]) -> QueryVector {
        let mut q = QueryVector {
            values: vec![0.0; t.values.len()],
            against: vec![0.0; t.values.len()],
            topics: vec![0.0; t.topics.len()],
            topic_emphasis: 0.3,
        };
        for (n, w) in values {
            q.values[t.value_index(n).unwrap()] = *w;
        }
        for (n, w) in topics {
            q.topics[t.topic_index(n).unwrap()] = *w;
        }
        q
    }

    #[test]
    fn score_equals_the_sum_of_its_parts() {
        let t = taxonomy();
        let q = query(
            &t,
            &[("frugality", 0.6), ("family", 0.4)],
            &[("parenting", 1.0)],
        );
        let s = AlignmentScorer::new(&t, q, Weights::default());
        for seed in 0..20u32 {
            let r = row(&t, |i| {
                ((i as u32 * 7919 + seed * 104729) % 1000) as f32 / 1000.0
            });
            let parts = s.parts(&r);
            assert!(
                (parts.total() - s.score(&r)).abs() < 1e-5,
                "{} vs {}",
                parts.total(),
                s.score(&r)
            );
        }
    }

    #[test]
    fn deeds_against_and_opposing_values_lower_the_score() {
        let t = taxonomy();
        let nv = t.values.len();
        let fru = t.value_index("frugality").unwrap();
        let lux = t.value_index("luxury").unwrap();
        let s = AlignmentScorer::new(
            &t,
            query(&t, &[("frugality", 1.0)], &[]),
            Weights::default(),
        );
        let clean = row(&t, |i| {
            if i == fru {
                0.8
            } else if i == 2 * nv + t.topics.len() + 2 {
                0.5
            } else {
                0.0
            }
        });
        let mut contradicted = clean.clone();
        contradicted[nv + fru] = 0.7;
        let mut luxurious = clean.clone();
        luxurious[lux] = 0.9;
        let mut paid = clean.clone();
        paid[2 * nv + t.topics.len()] = 0.8;
        let base = s.score(&clean);
        assert!(s.score(&contradicted) < base);
        assert!(s.score(&luxurious) < base);
        assert!(s.score(&paid) < base);
    }

    #[test]
    fn followers_never_enter_the_alignment_score() {
        // The signals row has no follower column: two creators with equal
        // signals score the same whatever their audience size.
        let t = taxonomy();
        assert_eq!(
            row(&t, |_| 0.0).len(),
            2 * t.values.len() + t.topics.len() + 3
        );
    }

    #[test]
    fn rarer_values_weigh_more() {
        let t = taxonomy();
        let q = query(&t, &[("family", 0.5), ("fairness", 0.5)], &[]);
        let mut means = vec![0.0; 2 * t.values.len() + t.topics.len() + 3];
        means[t.value_index("family").unwrap()] = 0.5;
        means[t.value_index("fairness").unwrap()] = 0.05;
        let w = weigh_by_rarity(&q, &means);
        assert!(
            w.values[t.value_index("fairness").unwrap()]
                > w.values[t.value_index("family").unwrap()]
        );
        assert!((w.values.iter().sum::<f32>() - 1.0).abs() < 1e-6);
    }

    #[test]
    fn filters_are_validated_with_the_field_named() {
        let f = Filters {
            min_followers: Some(10),
            max_followers: Some(5),
            ..Default::default()
        };
        assert!(
            matches!(f.validate(), Err(Error::InvalidInput { field: Some(ref x), .. }) if x == "filters.min_followers")
        );
        let f = Filters {
            countries: vec!["ROU".into()],
            ..Default::default()
        };
        assert!(f
            .validate()
            .unwrap_err()
            .to_string()
            .contains("\"ROU\" is not an ISO 3166-1"));
        assert!("Followers".parse::<Ranker>().is_ok());
        assert!("best".parse::<Ranker>().is_err());
    }
}
