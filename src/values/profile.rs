//! A creator's value profile: how consistently, over how many posts and
//! months, their own words show each value; what contradicts or rejects it;
//! their topics; and the discounts (sponsored posts, bio-only claims,
//! hashtag-only mentions, keyword stuffing) and engagement signal. Computed
//! once at import and stored, so that search never re-reads posts.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::corpus::{Creator, Post};

use super::post::{Hit, HitKind, TextSignals};
use super::taxonomy::Taxonomy;

/// Weight of a sponsored post's evidence for a value.
pub const SPONSORED_POST_WEIGHT: f32 = 0.25;
/// Share of a stuffed post's evidence that is removed (times its stuffing degree).
pub const STUFFING_DISCOUNT: f32 = 0.85;
/// Posts older than this (relative to the creator's newest) count less...
pub const OLD_POST_DAYS: i64 = 540;
/// ...this much.
pub const OLD_POST_WEIGHT: f32 = 0.6;
/// Evidence (sum of post strengths) at which breadth reaches 63%.
pub const BREADTH_SCALE: f32 = 2.0;
/// Distinct months at which a value counts as fully spread over time.
pub const FULL_SPREAD_MONTHS: f32 = 3.0;
/// Share of posts showing a value at which its share factor is full.
pub const FULL_SHARE: f32 = 0.3;
/// The most a bio alone can add to a value.
pub const BIO_WEIGHT: f32 = 0.08;
/// Contradiction/rejection evidence at which `against` reaches 63%.
pub const AGAINST_SCALE: f32 = 1.5;
/// How many evidence posts are kept per value.
pub const EVIDENCE_POSTS: usize = 3;

/// How sharply a post's weaker values give way to its main one (see [`focus`]).
pub const POST_FOCUS: f32 = 0.5;

/// The share of a post's evidence for a value that counts, given the post's
/// strongest value: 1 for the post's main value, less for values it only
/// touches in passing (a grandfather named in a post about an old craft is
/// weaker evidence of family than a post about family). A post is usually
/// about one or two things; incidental words should not make a value.
pub fn focus(shows: f32, post_max: f32) -> f32 {
    if post_max > 0.0 {
        (shows / post_max).powf(POST_FOCUS)
    } else {
        0.0
    }
}

/// Strength of summed evidence weight `w` in one text: 0..1, saturating.
pub fn strength(w: f32) -> f32 {
    1.0 - (-w / 1.2).exp()
}

/// The stored value profile of a creator.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ValueProfile {
    /// Per value name (only values with some evidence).
    pub values: BTreeMap<String, ValueScore>,
    /// Per topic name, 0..1.
    pub topics: BTreeMap<String, f32>,
    /// Languages the creator writes in (ISO 639-1), most used first.
    pub languages: Vec<String>,
    pub posts: usize,
    /// Share of posts that are paid (flag or text marker).
    pub sponsored_share: f32,
    /// Mean keyword-stuffing degree over posts, 0..1.
    pub stuffing_share: f32,
    pub engagement: Engagement,
}

/// How a creator's audience responds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Engagement {
    /// Comments per like, over all posts.
    pub comments_per_like: Option<f32>,
    /// Median likes per post divided by followers.
    pub likes_per_follower: Option<f32>,
    /// 0..1: an audience that talks back scores high; 0.5 when unknown.
    pub authenticity: f32,
}

/// One value in a creator's profile.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ValueScore {
    /// 0..1: how consistently the creator shows the value.
    pub score: f32,
    /// 0..1: how strongly posts contradict or reject it.
    pub against: f32,
    /// Effective number of posts showing it (after discounts).
    pub evidence: f32,
    /// Posts that show it at all.
    pub posts_showing: usize,
    /// Distinct months with such posts.
    pub months: usize,
    /// Strength of the claim in the bio (0..1).
    pub bio: f32,
    /// The words that showed it most, with counts.
    pub words: Vec<(String, u32)>,
    /// Up to three posts that show it best.
    pub posts: Vec<Evidence>,
    /// Up to three posts that contradict or reject it.
    pub counter_posts: Vec<Evidence>,
}

/// A post quoted as evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Evidence {
    pub post_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// "shows", "contradicts" or "rejects".
    pub kind: String,
    /// The post's strength for this value (after discounts).
    pub strength: f32,
    pub sponsored: bool,
    pub snippet: String,
    /// Matched words in `snippet`, as [start, end) character offsets.
    pub marks: Vec<(usize, usize)>,
    /// The matched words.
    pub matched: Vec<String>,
}

/// The compact numbers ranking needs for one creator, stored in a fast field.
#[derive(Debug, Clone, PartialEq)]
pub struct Signals {
    pub scores: Vec<f32>,
    pub against: Vec<f32>,
    pub topics: Vec<f32>,
    pub sponsored_share: f32,
    pub stuffing_share: f32,
    pub authenticity: f32,
}

impl Signals {
    pub fn to_bytes(&self) -> Vec<u8> {
        let all = self
            .scores
            .iter()
            .chain(&self.against)
            .chain(&self.topics)
            .chain([
                &self.sponsored_share,
                &self.stuffing_share,
                &self.authenticity,
            ]);
        all.flat_map(|f| f.to_le_bytes()).collect()
    }

    /// Decodes bytes written by [`Signals::to_bytes`] for `n_values` values and
    /// `n_topics` topics; `None` when the length does not fit.
    pub fn from_bytes(bytes: &[u8], n_values: usize, n_topics: usize) -> Option<Signals> {
        let n = 2 * n_values + n_topics + 3;
        if bytes.len() != 4 * n {
            return None;
        }
        let f: Vec<f32> = bytes
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        Some(Signals {
            scores: f[..n_values].to_vec(),
            against: f[n_values..2 * n_values].to_vec(),
            topics: f[2 * n_values..2 * n_values + n_topics].to_vec(),
            sponsored_share: f[n - 3],
            stuffing_share: f[n - 2],
            authenticity: f[n - 1],
        })
    }
}

/// One post as read for values, with its metadata.
pub struct ReadPost<'a> {
    pub post: &'a Post,
    pub signals: TextSignals,
    pub language: Option<String>,
}

impl ReadPost<'_> {
    fn paid(&self) -> bool {
        self.post.sponsored || self.signals.sponsor_marker
    }
}

/// Aggregates read posts and bio into a profile and its ranking signals.
pub fn build_profile(
    taxonomy: &Taxonomy,
    creator: &Creator,
    bio: Option<&TextSignals>,
    posts: &[ReadPost],
) -> (ValueProfile, Signals) {
    let nv = taxonomy.values.len();
    let nt = taxonomy.topics.len();
    let n_posts = posts.len();
    let newest = posts.iter().filter_map(|p| p.post.timestamp).max();
    let weight_of = |p: &ReadPost| {
        let mut w = if p.paid() { SPONSORED_POST_WEIGHT } else { 1.0 };
        w *= 1.0 - STUFFING_DISCOUNT * p.signals.stuffing;
        if let (Some(t), Some(newest)) = (p.post.timestamp, newest) {
            if newest - t > OLD_POST_DAYS * 86_400 {
                w *= OLD_POST_WEIGHT;
            }
        }
        w
    };
    let weights: Vec<f32> = posts.iter().map(weight_of).collect();
    // Each post's strongest value, for the focus weighting below.
    let post_max: Vec<f32> = posts
        .iter()
        .map(|p| p.signals.shows.iter().copied().fold(0.0, f32::max))
        .collect();

    let mut profile = ValueProfile {
        posts: n_posts,
        ..Default::default()
    };
    let mut signals = Signals {
        scores: vec![0.0; nv],
        against: vec![0.0; nv],
        topics: vec![0.0; nt],
        sponsored_share: 0.0,
        stuffing_share: 0.0,
        authenticity: 0.5,
    };
    if n_posts > 0 {
        signals.sponsored_share = posts.iter().filter(|p| p.paid()).count() as f32 / n_posts as f32;
        signals.stuffing_share =
            posts.iter().map(|p| p.signals.stuffing).sum::<f32>() / n_posts as f32;
    }

    for v in 0..nv {
        let mut evidence = 0.0f32;
        let mut showing = 0usize;
        let mut months = std::collections::HashSet::new();
        let mut against_sum = 0.0f32;
        let mut words: HashMap<String, u32> = HashMap::new();
        let mut best: Vec<(f32, usize)> = Vec::new();
        let mut worst: Vec<(f32, usize)> = Vec::new();
        for (i, p) in posts.iter().enumerate() {
            let s =
                strength(p.signals.shows[v]) * weights[i] * focus(p.signals.shows[v], post_max[i]);
            if p.signals.shows[v] > 0.0 {
                showing += 1;
                evidence += s;
                if s >= 0.25 {
                    months.insert(p.post.timestamp.map(month_of).unwrap_or(-(i as i64) - 1));
                }
                best.push((s, i));
                for h in &p.signals.hits {
                    if h.kind == HitKind::Shows(v) {
                        *words.entry(h.entry.clone()).or_default() += 1;
                    }
                }
            }
            let c = strength(p.signals.contradicts[v] + p.signals.rejects[v]);
            if c > 0.0 {
                against_sum += c;
                worst.push((c, i));
            }
        }
        let bio_strength = bio.map(|b| strength(b.shows[v])).unwrap_or(0.0);
        let bio_against = bio
            .map(|b| strength(b.rejects[v] + b.contradicts[v]))
            .unwrap_or(0.0);
        against_sum += bio_against;
        let breadth = 1.0 - (-evidence / BREADTH_SCALE).exp();
        let spread = (months.len() as f32 / FULL_SPREAD_MONTHS).min(1.0);
        let share = if n_posts > 0 {
            evidence / n_posts as f32
        } else {
            0.0
        };
        let share_factor = 0.6 + 0.4 * (share / FULL_SHARE).min(1.0);
        let score =
            (breadth * (0.5 + 0.5 * spread) * share_factor + BIO_WEIGHT * bio_strength).min(1.0);
        let against = 1.0 - (-against_sum / AGAINST_SCALE).exp();
        signals.scores[v] = score;
        signals.against[v] = against;
        if score <= 0.0 && against <= 0.0 {
            continue;
        }
        best.sort_by(|a, b| b.0.total_cmp(&a.0));
        worst.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut words: Vec<(String, u32)> = words.into_iter().collect();
        words.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        words.truncate(8);
        let name = taxonomy.values[v].name.clone();
        profile.values.insert(
            name,
            ValueScore {
                score,
                against,
                evidence,
                posts_showing: showing,
                months: months.len(),
                bio: bio_strength,
                words,
                posts: best
                    .iter()
                    .take(EVIDENCE_POSTS)
                    .map(|&(s, i)| evidence_of(&posts[i], s, |k| k == HitKind::Shows(v), "shows"))
                    .collect(),
                counter_posts: worst
                    .iter()
                    .take(EVIDENCE_POSTS)
                    .map(|&(s, i)| {
                        let kind = if posts[i].signals.contradicts[v] >= posts[i].signals.rejects[v]
                        {
                            "contradicts"
                        } else {
                            "rejects"
                        };
                        evidence_of(
                            &posts[i],
                            s,
                            |k| k == HitKind::Contradicts(v) || k == HitKind::Rejects(v),
                            kind,
                        )
                    })
                    .collect(),
            },
        );
    }

    // Topics: strong when a good share of posts is about the topic.
    let topic_scale = (0.25 * n_posts as f32).max(2.0);
    for t in 0..nt {
        let sum: f32 = posts
            .iter()
            .map(|p| strength(p.signals.topics[t]))
            .sum::<f32>()
            + 0.5 * bio.map(|b| strength(b.topics[t])).unwrap_or(0.0);
        let score = 1.0 - (-sum / topic_scale).exp();
        signals.topics[t] = score;
        if score > 0.01 {
            profile
                .topics
                .insert(taxonomy.topics[t].name.clone(), round3(score));
        }
    }

    profile.engagement = engagement(creator);
    signals.authenticity = profile.engagement.authenticity;
    profile.sponsored_share = round3(signals.sponsored_share);
    profile.stuffing_share = round3(signals.stuffing_share);
    let mut langs: HashMap<&str, usize> = HashMap::new();
    for p in posts {
        if let Some(l) = &p.language {
            *langs.entry(l.as_str()).or_default() += 1;
        }
    }
    let mut langs: Vec<(&str, usize)> = langs.into_iter().collect();
    langs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    profile.languages = langs.into_iter().map(|(l, _)| l.to_string()).collect();
    (profile, signals)
}

fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

fn month_of(ts: i64) -> i64 {
    // Months since the epoch, by 30.44-day months: exact enough to tell months apart.
    ts.div_euclid(2_629_746)
}

/// How much the audience talks back: comments per like, and likes per follower.
pub fn engagement(creator: &Creator) -> Engagement {
    let likes: u64 = creator.posts.iter().filter_map(|p| p.likes).sum();
    let comments: u64 = creator.posts.iter().filter_map(|p| p.comments).sum();
    let comments_per_like = (likes > 0).then(|| comments as f32 / likes as f32);
    let mut per_post: Vec<u64> = creator.posts.iter().filter_map(|p| p.likes).collect();
    per_post.sort_unstable();
    let likes_per_follower = match (creator.followers, per_post.get(per_post.len() / 2)) {
        (Some(f), Some(&median)) if f > 0 => Some(median as f32 / f as f32),
        _ => None,
    };
    let c = comments_per_like.map(|r| (r / 0.05).min(1.0));
    let l = likes_per_follower.map(|r| (r / 0.03).min(1.0));
    let authenticity = match (c, l) {
        (Some(c), Some(l)) => 0.6 * c + 0.4 * l,
        (Some(c), None) => c,
        (None, Some(l)) => l,
        (None, None) => 0.5,
    };
    Engagement {
        comments_per_like,
        likes_per_follower,
        authenticity,
    }
}

/// Builds the evidence entry for a post: a snippet around the first
/// matching hit, with every matching hit in the snippet marked.
fn evidence_of(
    p: &ReadPost,
    strength: f32,
    wanted: impl Fn(HitKind) -> bool,
    kind: &str,
) -> Evidence {
    let hits: Vec<&Hit> = p.signals.hits.iter().filter(|h| wanted(h.kind)).collect();
    let (snippet, marks) = snippet(&p.post.text, &hits, 220);
    let mut matched: Vec<String> = hits
        .iter()
        .map(|h| p.post.text[h.start..h.end].to_string())
        .collect();
    matched.dedup();
    Evidence {
        post_id: p.post.id.clone(),
        created_at: p.post.created_at.clone(),
        url: p.post.url.clone(),
        kind: kind.to_string(),
        strength: round3(strength),
        sponsored: p.paid(),
        snippet,
        marks,
        matched,
    }
}

/// Cuts `text` to about `max_chars` characters around the first hit, and
/// returns the hits' positions in the snippet as character offsets.
pub fn snippet(text: &str, hits: &[&Hit], max_chars: usize) -> (String, Vec<(usize, usize)>) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let char_at = |byte: usize| chars.partition_point(|&(b, _)| b < byte);
    let total = chars.len();
    let first = hits.iter().map(|h| char_at(h.start)).min().unwrap_or(0);
    let mut from = first.saturating_sub(max_chars / 4);
    if total - from < max_chars {
        from = total.saturating_sub(max_chars);
    }
    let to = (from + max_chars).min(total);
    // Start and end at word boundaries when cutting.
    while from > 0 && from < total && !chars[from - 1].1.is_whitespace() {
        from += 1;
    }
    let mut body: String = chars[from..to].iter().map(|&(_, c)| c).collect();
    let mut prefix = 0;
    if from > 0 {
        body.insert(0, '…');
        prefix = 1;
    }
    if to < total {
        body.push('…');
    }
    let mut marks: Vec<(usize, usize)> = hits
        .iter()
        .map(|h| (char_at(h.start), char_at(h.end)))
        .filter(|&(s, e)| s >= from && e <= to)
        .map(|(s, e)| (s - from + prefix, e - from + prefix))
        .collect();
    marks.sort_unstable();
    marks.dedup();
    (body, marks)
}
