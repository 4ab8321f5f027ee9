//! Lookalike search: the creators whose value profiles and topics are
//! closest to one creator's. Works on the ranking signals the index keeps in
//! memory ([`CreatorIndex::segment_signals`]): each value counts by how
//! consistently the creator shows it, less what contradicts it.
//!
//! Two profiles are compared by their weighted overlap (weighted Jaccard:
//! the sum of element-wise minima over the sum of maxima), of values and of
//! topics, blended. Unlike a cosine, the overlap sees strength as well as
//! direction, so that a creator with faint traces of the same values (a
//! keyword stuffer, say) does not look identical to one who lives them. Like
//! the ranking, it is discounted for paid posts and keyword stuffing. The
//! creator itself is never in its own list.

use std::cmp::Ordering;

use serde::Serialize;
use tantivy::DocAddress;

use crate::error::{Error, Result};
use crate::index::CreatorIndex;
use crate::ranking::Weights;
use crate::search::CreatorSummary;

/// The most lookalikes one request may ask for.
pub const MAX_LIMIT: usize = 100;
/// Share of the similarity that comes from values (the rest from topics),
/// when both creators have values and topics.
pub const VALUE_SHARE: f32 = 0.7;
/// A value or topic at least this strong in both creators is listed as shared.
pub const SHARED_MIN: f32 = 0.2;

/// One lookalike creator.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Lookalike {
    pub rank: usize,
    /// 0..1: how much the value profiles and topics overlap (1 = the same),
    /// less the discount for paid posts and keyword stuffing.
    pub similarity: f32,
    pub creator: CreatorSummary,
    /// Values both creators show strongly, strongest in common first.
    pub shared_values: Vec<String>,
    /// Topics both creators cover, strongest in common first.
    pub shared_topics: Vec<String>,
}

/// The lookalikes of one creator.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Lookalikes {
    /// The creator they look like.
    pub creator_id: String,
    pub results: Vec<Lookalike>,
    /// Set when the creator shows no value or topic to compare on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The comparable part of a signals row: net value scores (shown less
/// contradicted), topic scores, and how trustworthy the creator's posts are.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub values: Vec<f32>,
    pub topics: Vec<f32>,
    /// 0..1: 1 less the ranking's discounts for paid posts and keyword stuffing.
    pub quality: f32,
}

impl Profile {
    /// Reads a signals row laid out as `[scores; against; topics; sponsored
    /// share, stuffing share, authenticity]`.
    pub fn from_row(row: &[f32], n_values: usize, n_topics: usize) -> Self {
        let values = (0..n_values)
            .map(|v| (row[v] * (1.0 - row[n_values + v])).max(0.0))
            .collect();
        let tail = 2 * n_values + n_topics;
        let topics = row[2 * n_values..tail].to_vec();
        let w = Weights::default();
        let (sponsored, stuffing) = (
            row.get(tail).copied().unwrap_or(0.0),
            row.get(tail + 1).copied().unwrap_or(0.0),
        );
        let quality = (1.0 - w.sponsored * sponsored - w.stuffing * stuffing).clamp(0.0, 1.0);
        Profile {
            values,
            topics,
            quality,
        }
    }

    pub fn is_empty(&self) -> bool {
        norm(&self.values) == 0.0 && norm(&self.topics) == 0.0
    }
}

fn norm(v: &[f32]) -> f32 {
    v.iter().map(|x| x * x).sum::<f32>().sqrt()
}

/// The weighted overlap of two non-negative vectors, 0..1: the sum of
/// element-wise minima over the sum of maxima; 0 when both are all zero.
pub fn overlap(a: &[f32], b: &[f32]) -> f32 {
    let (mut min, mut max) = (0.0f32, 0.0f32);
    for (x, y) in a.iter().zip(b) {
        let (x, y) = (x.max(0.0), y.max(0.0));
        min += x.min(y);
        max += x.max(y);
    }
    if max == 0.0 {
        0.0
    } else {
        (min / max).clamp(0.0, 1.0)
    }
}

/// How similar `other` is to `of`, 0..1: values weigh [`VALUE_SHARE`] and
/// topics the rest (a part that `of` lacks entirely gives its weight to the
/// other), times `other`'s quality.
pub fn similarity(of: &Profile, other: &Profile) -> f32 {
    let has_values = norm(&of.values) > 0.0;
    let has_topics = norm(&of.topics) > 0.0;
    let v = overlap(&of.values, &other.values);
    let t = overlap(&of.topics, &other.topics);
    let blend = match (has_values, has_topics) {
        (true, true) => VALUE_SHARE * v + (1.0 - VALUE_SHARE) * t,
        (true, false) => v,
        (false, true) => t,
        (false, false) => 0.0,
    };
    blend * other.quality
}

/// Names of the entries strong in both vectors, strongest in common first.
fn shared(a: &[f32], b: &[f32], name: impl Fn(usize) -> String) -> Vec<String> {
    let mut both: Vec<(f32, usize)> = a
        .iter()
        .zip(b)
        .enumerate()
        .filter(|(_, (x, y))| **x >= SHARED_MIN && **y >= SHARED_MIN)
        .map(|(i, (x, y))| (x.min(*y), i))
        .collect();
    both.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    both.into_iter().map(|(_, i)| name(i)).collect()
}

/// The `limit` creators most similar to creator `id` (1-[`MAX_LIMIT`]).
pub fn lookalikes(index: &CreatorIndex, id: &str, limit: usize) -> Result<Lookalikes> {
    if limit == 0 || limit > MAX_LIMIT {
        return Err(Error::invalid(
            "limit",
            format!("limit must be 1-{MAX_LIMIT}, got {limit}"),
        ));
    }
    let taxonomy = &index.model.taxonomy;
    let (nv, nt) = (taxonomy.values.len(), taxonomy.topics.len());
    let searcher = index.searcher();
    let source = index
        .find(&searcher, id)?
        .ok_or_else(|| Error::CreatorNotFound(id.to_string()))?;
    let source_signals = index.segment_signals(searcher.segment_reader(source.segment_ord))?;
    let of = Profile::from_row(
        source_signals
            .matrix
            .row(source.doc_id as usize)
            .to_slice()
            .unwrap_or(&[]),
        nv,
        nt,
    );
    if of.values.len() != nv || of.is_empty() {
        return Ok(Lookalikes {
            creator_id: id.to_string(),
            results: Vec::new(),
            note: Some("this creator shows no value or topic to compare on".into()),
        });
    }

    // Score every live creator but the source; keep the best `limit`.
    let mut scored: Vec<(f32, DocAddress, Profile)> = Vec::new();
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let signals = index.segment_signals(segment)?;
        let alive = segment.alive_bitset();
        for doc in 0..segment.max_doc() {
            let addr = DocAddress::new(ord as u32, doc);
            if addr == source || alive.is_some_and(|a| !a.is_alive(doc)) {
                continue;
            }
            let Some(row) = signals.matrix.row(doc as usize).to_slice() else {
                continue;
            };
            let other = Profile::from_row(row, nv, nt);
            let s = similarity(&of, &other);
            if s > 0.0 {
                scored.push((s, addr, other));
            }
        }
    }
    scored.sort_by(|a, b| {
        b.0.partial_cmp(&a.0)
            .unwrap_or(Ordering::Equal)
            .then(a.1.cmp(&b.1))
    });

    let mut results = Vec::with_capacity(limit.min(scored.len()));
    for (s, addr, other) in scored {
        if results.len() == limit {
            break;
        }
        let stored = index.load(&searcher, addr)?;
        if stored.creator.id == id {
            continue;
        }
        results.push(Lookalike {
            rank: results.len() + 1,
            similarity: (s * 1000.0).round() / 1000.0,
            creator: CreatorSummary::of(&stored),
            shared_values: shared(&of.values, &other.values, |i| {
                taxonomy.values[i].name.clone()
            }),
            shared_topics: shared(&of.topics, &other.topics, |i| {
                taxonomy.topics[i].name.clone()
            }),
        });
    }
    Ok(Lookalikes {
        creator_id: id.to_string(),
        results,
        note: None,
    })
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::datafiles::DataSources;
    use crate::import::Import;
    use crate::values::ValueModel;

    fn p(values: &[f32], topics: &[f32]) -> Profile {
        Profile {
            values: values.to_vec(),
            topics: topics.to_vec(),
            quality: 1.0,
        }
    }

    #[test]
    fn overlap_sees_strength_as_well_as_direction() {
        assert!((overlap(&[0.5, 0.2], &[0.5, 0.2]) - 1.0).abs() < 1e-6);
        assert_eq!(overlap(&[1.0, 0.0], &[0.0, 1.0]), 0.0);
        assert_eq!(overlap(&[0.0, 0.0], &[0.0, 0.0]), 0.0);
        // Same direction, a tenth of the strength: a faint copy is not a lookalike.
        assert!((overlap(&[0.8, 0.4], &[0.08, 0.04]) - 0.1).abs() < 1e-6);
    }

    #[test]
    fn paid_posts_and_stuffing_discount_the_similarity() {
        let a = p(&[1.0, 0.0], &[1.0, 0.0]);
        let stuffed = Profile {
            quality: 0.5,
            ..a.clone()
        };
        assert!((similarity(&a, &stuffed) - 0.5).abs() < 1e-6);
        // Two values, two topics, then sponsored share 1 and stuffing share 0.
        let row = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.5];
        assert!((Profile::from_row(&row, 2, 2).quality - 0.7).abs() < 1e-6);
    }

    #[test]
    fn similarity_blends_values_and_topics() {
        let a = p(&[1.0, 0.0], &[1.0, 0.0]);
        assert!((similarity(&a, &a) - 1.0).abs() < 1e-6);
        // Same values, other topic: the value share only.
        let b = p(&[1.0, 0.0], &[0.0, 1.0]);
        assert!((similarity(&a, &b) - VALUE_SHARE).abs() < 1e-6);
        // Same topic, other values: the topic share only.
        let c = p(&[0.0, 1.0], &[1.0, 0.0]);
        assert!((similarity(&a, &c) - (1.0 - VALUE_SHARE)).abs() < 1e-6);
        // A source without topics compares on values alone.
        let d = p(&[1.0, 0.0], &[0.0, 0.0]);
        assert!((similarity(&d, &b) - 1.0).abs() < 1e-6);
    }

    #[test]
    fn contradicted_values_count_less() {
        // Two values, two topics: [scores; against; topics; tail].
        let row = [0.8, 0.6, 0.5, 0.0, 0.3, 0.0, 0.0, 0.0, 0.5];
        let prof = Profile::from_row(&row, 2, 2);
        assert!((prof.values[0] - 0.4).abs() < 1e-6);
        assert!((prof.values[1] - 0.6).abs() < 1e-6);
        assert_eq!(prof.topics, vec![0.3, 0.0]);
    }

    #[test]
    fn shared_lists_strong_common_entries_strongest_first() {
        let names = ["a", "b", "c", "d"];
        let got = shared(&[0.9, 0.3, 0.1, 0.5], &[0.4, 0.9, 0.9, 0.6], |i| {
            names[i].to_string()
        });
        assert_eq!(got, ["d", "a", "b"]);
    }

    fn creator(id: &str, posts: &[&str]) -> String {
        let posts: Vec<String> = posts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                format!(
                    r#"{{"id":"p{i}","text":{},"created_at":"2025-0{}-10T10:00:00Z"}}"#,
                    serde_json::to_string(t).unwrap(),
                    i % 9 + 1
                )
            })
            .collect();
        format!(r#"{{"id":"{id}","posts":[{}]}}"#, posts.join(","))
    }

    #[test]
    fn lookalikes_rank_the_closest_profile_first_and_exclude_the_creator() {
        let dir = tempfile::tempdir().unwrap();
        let model = Arc::new(ValueModel::load(&DataSources::builtin_only()).unwrap());
        let index = CreatorIndex::open_or_create(dir.path(), model).unwrap();
        let repair = [
            "Repaired three old bikes today and gave them to kids in our neighbourhood. Recycling beats buying new.",
            "Zero waste week: we fixed the broken lamp instead of throwing it away, and composted everything.",
            "Second-hand parts, donated bikes, a free repair workshop at the community hall every Saturday.",
            "Cycling to the recycling centre with the kids; we repair what we can and reuse the rest.",
        ];
        let luxury = [
            "New Rolex and a first-class flight to Dubai, living the VIP life in a five-star suite.",
            "Champagne on the yacht, designer bags, only premium brands for me.",
            "Exclusive launch party, private jet, luxury villa in Monaco.",
        ];
        let corpus = [
            creator("src", &repair),
            creator("twin", &repair[..3]),
            creator("rich", &luxury),
            creator("quiet", &["Hello.", "Good morning."]),
        ]
        .join("\n");
        let mut import = Import::begin(&index).unwrap();
        import.read("test", corpus.as_bytes(), |_, _| {}).unwrap();
        import.commit().unwrap();

        let got = lookalikes(&index, "src", 10).unwrap();
        let ids: Vec<&str> = got.results.iter().map(|r| r.creator.id.as_str()).collect();
        assert_eq!(ids.first(), Some(&"twin"), "{got:#?}");
        assert!(!ids.contains(&"src"));
        assert!(
            !ids.contains(&"quiet"),
            "a creator with no values is not a lookalike"
        );
        assert!(got.results[0].similarity > 0.5, "{got:#?}");
        assert!(got.results[0]
            .shared_values
            .contains(&"sustainability".to_string()));
        assert_eq!(got.results[0].rank, 1);
        if let Some(rich) = got.results.iter().find(|r| r.creator.id == "rich") {
            assert!(rich.similarity < got.results[0].similarity);
        }

        assert!(matches!(
            lookalikes(&index, "nobody", 5),
            Err(Error::CreatorNotFound(_))
        ));
        assert!(matches!(
            lookalikes(&index, "src", 0),
            Err(Error::InvalidInput { .. })
        ));
        assert!(matches!(
            lookalikes(&index, "src", 101),
            Err(Error::InvalidInput { .. })
        ));
        let one = lookalikes(&index, "src", 1).unwrap();
        assert_eq!(one.results.len(), 1);
        let empty = lookalikes(&index, "quiet", 5).unwrap();
        assert!(empty.results.is_empty() && empty.note.is_some());
    }
}
