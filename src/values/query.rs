//! Brand statements as queries: a statement in any language becomes weighted
//! values, values the brand rejects, and topics, with the words behind each.
//! Values and topics are language-independent, so a French statement finds
//! creators who write in Romanian.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::post::{HitKind, TextSignals};
use super::profile::strength;
use super::taxonomy::Taxonomy;

/// What a statement asks for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct StatementReading {
    /// Detected language (ISO 639-1), if any.
    pub language: Option<String>,
    /// Per value, 0..1: how strongly the statement asks for it.
    pub values: BTreeMap<String, f32>,
    /// Per value, 0..1: values the statement rejects.
    pub against: BTreeMap<String, f32>,
    /// Per topic, 0..1.
    pub topics: BTreeMap<String, f32>,
    /// The statement's words behind each value and topic.
    pub words: BTreeMap<String, Vec<String>>,
}

/// The query as vectors in taxonomy order (values and topics sum to 1 when any).
#[derive(Debug, Clone, PartialEq)]
pub struct QueryVector {
    pub values: Vec<f32>,
    pub against: Vec<f32>,
    pub topics: Vec<f32>,
    /// How much of what the statement says is topic rather than value:
    /// topic strength / (value strength + topic strength), 0..1.
    pub topic_emphasis: f32,
}

impl QueryVector {
    pub fn is_empty(&self) -> bool {
        self.values.iter().all(|&w| w == 0.0) && self.topics.iter().all(|&w| w == 0.0)
    }
}

fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

/// Builds the reading of a statement from its text signals.
pub fn read_statement(
    taxonomy: &Taxonomy,
    text: &str,
    language: Option<String>,
    s: &TextSignals,
) -> StatementReading {
    let mut r = StatementReading {
        language,
        ..Default::default()
    };
    for (v, def) in taxonomy.values.iter().enumerate() {
        if s.shows[v] > 0.0 {
            r.values
                .insert(def.name.clone(), round3(strength(s.shows[v])));
        }
        if s.rejects[v] > 0.0 {
            r.against
                .insert(def.name.clone(), round3(strength(s.rejects[v])));
        }
    }
    for (t, def) in taxonomy.topics.iter().enumerate() {
        if s.topics[t] > 0.0 {
            r.topics
                .insert(def.name.clone(), round3(strength(s.topics[t])));
        }
    }
    for h in &s.hits {
        let name = match h.kind {
            HitKind::Shows(v) | HitKind::Rejects(v) | HitKind::Contradicts(v) => {
                &taxonomy.values[v].name
            }
            HitKind::Topic(t) => &taxonomy.topics[t].name,
        };
        let word = text[h.start..h.end].to_string();
        let list = r.words.entry(name.clone()).or_default();
        if !list.contains(&word) {
            list.push(word);
        }
    }
    r
}

impl StatementReading {
    /// The reading as vectors in taxonomy order; value and topic weights are
    /// normalised to sum 1. Names not in the taxonomy are ignored.
    pub fn vector(&self, taxonomy: &Taxonomy) -> QueryVector {
        let pick =
            |map: &BTreeMap<String, f32>, n: usize, index: &dyn Fn(&str) -> Option<usize>| {
                let mut v = vec![0.0f32; n];
                for (name, &w) in map {
                    if let Some(i) = index(name) {
                        v[i] = w.max(0.0);
                    }
                }
                v
            };
        let normalise = |mut v: Vec<f32>| {
            let sum: f32 = v.iter().sum();
            if sum > 0.0 {
                v.iter_mut().for_each(|x| *x /= sum);
            }
            v
        };
        let nv = taxonomy.values.len();
        let value_mass: f32 = self.values.values().sum();
        let topic_mass: f32 = self.topics.values().sum();
        QueryVector {
            topic_emphasis: if value_mass + topic_mass > 0.0 {
                topic_mass / (value_mass + topic_mass)
            } else {
                0.0
            },
            values: normalise(pick(&self.values, nv, &|n| taxonomy.value_index(n))),
            against: pick(&self.against, nv, &|n| taxonomy.value_index(n)),
            topics: normalise(pick(&self.topics, taxonomy.topics.len(), &|n| {
                taxonomy.topic_index(n)
            })),
        }
    }
}
