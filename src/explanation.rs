//! Explanations: why a creator ranks where they do, in parts that add up to
//! the score: each matched value with its contribution, words and evidence
//! posts; the topic match; and what counted against (contradicting or
//! rejecting posts, an opposing value, sponsored share, keyword stuffing),
//! with amounts; and the small engagement adjustment.

use serde::Serialize;

use crate::ranking::ScoreParts;
use crate::values::profile::Evidence;
use crate::values::{Taxonomy, ValueProfile};

/// The full explanation of one result.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Explanation {
    pub score: f32,
    /// Matched values, largest contribution first.
    pub values: Vec<ValueContribution>,
    /// Topic match.
    pub topics: Vec<TopicContribution>,
    /// What counted against, each with a negative amount.
    pub against: Vec<AgainstItem>,
    /// Audience engagement adjustment (positive or negative).
    pub engagement: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ValueContribution {
    pub value: String,
    /// The statement's weight for this value (values sum to 1).
    pub query_weight: f32,
    /// The creator's consistency score for it, 0..1.
    pub creator_score: f32,
    pub contribution: f32,
    /// Posts that show it, and in how many distinct months.
    pub posts_showing: usize,
    pub months: usize,
    /// The creator's words that showed it.
    pub words: Vec<String>,
    /// Up to three posts that show it best.
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct TopicContribution {
    pub topic: String,
    pub query_weight: f32,
    pub creator_score: f32,
    pub contribution: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct AgainstItem {
    /// `contradiction`, `opposing_value`, `brand_rejects`, `sponsored` or `stuffing`.
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Negative: what it took off the score.
    pub amount: f32,
    pub detail: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

fn r4(x: f32) -> f32 {
    (x * 10_000.0).round() / 10_000.0
}

/// Builds the explanation from the score parts and the stored profile.
pub fn explain(
    taxonomy: &Taxonomy,
    parts: &ScoreParts,
    query_values: &[f32],
    query_topics: &[f32],
    profile: &ValueProfile,
) -> Explanation {
    let mut values = Vec::new();
    let mut against = Vec::new();
    for p in &parts.values {
        let name = &taxonomy.values[p.value].name;
        let stored = profile.values.get(name);
        if p.shows > 0.0 {
            values.push(ValueContribution {
                value: name.clone(),
                query_weight: r4(query_values[p.value]),
                creator_score: stored.map(|s| r4(s.score)).unwrap_or(0.0),
                contribution: p.shows,
                posts_showing: stored.map(|s| s.posts_showing).unwrap_or(0),
                months: stored.map(|s| s.months).unwrap_or(0),
                words: stored
                    .map(|s| s.words.iter().map(|w| w.0.clone()).collect())
                    .unwrap_or_default(),
                evidence: stored.map(|s| s.posts.clone()).unwrap_or_default(),
            });
        }
        if p.against < 0.0 {
            let s = stored.cloned().unwrap_or_default();
            against.push(AgainstItem {
                kind: "contradiction".into(),
                value: Some(name.clone()),
                amount: p.against,
                detail: format!(
                    "{} post(s) contradict or reject {name}",
                    s.counter_posts.len().max(1)
                ),
                evidence: s.counter_posts,
            });
        }
        if p.opposed < 0.0 {
            let opp: Vec<&str> = taxonomy
                .opposed(p.value)
                .iter()
                .map(|&o| taxonomy.values[o].name.as_str())
                .collect();
            let evidence = opp
                .iter()
                .filter_map(|o| profile.values.get(*o))
                .flat_map(|s| s.posts.clone())
                .collect();
            against.push(AgainstItem {
                kind: "opposing_value".into(),
                value: Some(name.clone()),
                amount: p.opposed,
                detail: format!("shows {}, which opposes {name}", opp.join(", ")),
                evidence,
            });
        }
    }
    for &(v, amount) in &parts.brand_rejects {
        if amount < 0.0 {
            let name = &taxonomy.values[v].name;
            against.push(AgainstItem {
                kind: "brand_rejects".into(),
                value: Some(name.clone()),
                amount,
                detail: format!("shows {name}, which the statement rejects"),
                evidence: profile
                    .values
                    .get(name)
                    .map(|s| s.posts.clone())
                    .unwrap_or_default(),
            });
        }
    }
    if parts.sponsored < 0.0 {
        against.push(AgainstItem {
            kind: "sponsored".into(),
            value: None,
            amount: parts.sponsored,
            detail: format!("{:.0}% of posts are paid", profile.sponsored_share * 100.0),
            evidence: Vec::new(),
        });
    }
    if parts.stuffing < 0.0 {
        against.push(AgainstItem {
            kind: "stuffing".into(),
            value: None,
            amount: parts.stuffing,
            detail: format!(
                "keyword stuffing: {:.0}% (value words and hashtags with little said around them)",
                profile.stuffing_share * 100.0
            ),
            evidence: Vec::new(),
        });
    }
    values.sort_by(|a, b| b.contribution.total_cmp(&a.contribution));
    against.sort_by(|a, b| a.amount.total_cmp(&b.amount));
    let topics = parts
        .topics
        .iter()
        .filter(|t| t.1 > 0.0)
        .map(|&(t, amount)| TopicContribution {
            topic: taxonomy.topics[t].name.clone(),
            query_weight: r4(query_topics[t]),
            creator_score: profile
                .topics
                .get(&taxonomy.topics[t].name)
                .copied()
                .unwrap_or(0.0),
            contribution: amount,
        })
        .collect();
    Explanation {
        score: parts.total(),
        values,
        topics,
        against,
        engagement: parts.engagement,
    }
}

impl Explanation {
    /// The sum of all parts (equals `score`).
    pub fn sum_of_parts(&self) -> f32 {
        self.values.iter().map(|v| v.contribution).sum::<f32>()
            + self.topics.iter().map(|t| t.contribution).sum::<f32>()
            + self.against.iter().map(|a| a.amount).sum::<f32>()
            + self.engagement
    }
}
