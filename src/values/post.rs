//! Reading one text (a post, a bio, a statement) for values: which values it
//! shows, which it rejects (value words negated or mocked), which behaviour
//! contradicts a value, which topics it is about, whether it is paid, and
//! whether it is keyword stuffing rather than substance.

use serde::{Deserialize, Serialize};

use crate::analysis::{Analyzed, TokenKind};

use super::lexicon::{Cue, Lexicons, Match};

/// How far (in tokens) a negation reaches forward within its clause.
pub const NEGATION_SCOPE: usize = 3;
/// A negated value word is a rejection of the value only when at most this
/// many content words stand between the negation and it...
pub const REJECTION_GAP: usize = 1;
/// ...and the word names the value clearly (lexicon weight at least this).
/// Other negated value words ("we booked no hostel", "not the perfect dad")
/// count neither for nor against: negation near a weak word is too often
/// about something else to be read as a rejection.
pub const REJECTION_MIN_WEIGHT: f32 = 0.8;
/// How far (in tokens) a mockery cue reaches forward, across clauses.
pub const MOCKERY_SCOPE: usize = 8;
/// Evidence that comes only from hashtags counts this much.
pub const HASHTAG_DISCOUNT: f32 = 0.5;
/// A contradiction that is itself negated ("I never buy fast fashion") shows
/// the value this much.
pub const NEGATED_CONTRADICTION_SHOWS: f32 = 0.5;

/// What a matched span is evidence of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "index", rename_all = "snake_case")]
pub enum HitKind {
    Shows(usize),
    Rejects(usize),
    Contradicts(usize),
    Topic(usize),
}

/// One matched span of the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    pub kind: HitKind,
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// The lexicon entry that matched.
    pub entry: String,
    pub weight: f32,
}

/// The value reading of one text.
#[derive(Debug, Clone, Default)]
pub struct TextSignals {
    /// Per value: summed weight of evidence that shows it.
    pub shows: Vec<f32>,
    /// Per value: value words negated or mocked.
    pub rejects: Vec<f32>,
    /// Per value: contradicting behaviour.
    pub contradicts: Vec<f32>,
    /// Per topic: summed weight.
    pub topics: Vec<f32>,
    /// A sponsorship marker (`#ad`, "paid partnership") is in the text.
    pub sponsor_marker: bool,
    /// 0 (substance) to 1 (a list of value words and hashtags).
    pub stuffing: f32,
    pub hits: Vec<Hit>,
}

/// Reads `analyzed` with `lexicons`; `n_values`/`n_topics` size the vectors.
pub fn read_text(
    analyzed: &Analyzed,
    lexicons: &Lexicons,
    n_values: usize,
    n_topics: usize,
) -> TextSignals {
    let tokens = &analyzed.tokens;
    let matches = lexicons.find(tokens, analyzed.language);
    let mut s = TextSignals {
        shows: vec![0.0; n_values],
        rejects: vec![0.0; n_values],
        contradicts: vec![0.0; n_values],
        topics: vec![0.0; n_topics],
        ..Default::default()
    };
    let negations: Vec<&Match> = matches
        .iter()
        .filter(|m| m.entry.cue == Cue::Negation)
        .collect();
    let privatives: Vec<&Match> = matches
        .iter()
        .filter(|m| m.entry.cue == Cue::Privative)
        .collect();
    let mockeries: Vec<&Match> = matches
        .iter()
        .filter(|m| m.entry.cue == Cue::Mockery)
        .collect();
    // A negation word inside a matched phrase ("no animal testing", "no
    // offence") belongs to that phrase and negates nothing else.
    let absorbed = |n: &Match| {
        matches.iter().any(|o| {
            matches!(
                o.entry.cue,
                Cue::Value(_) | Cue::Against(_) | Cue::Sponsored | Cue::Joke | Cue::Mockery
            ) && o.start <= n.start
                && n.end <= o.end
                && o.end - o.start > n.end - n.start
        })
    };
    let negations: Vec<&Match> = negations.into_iter().filter(|n| !absorbed(n)).collect();
    let privatives: Vec<&Match> = privatives.into_iter().filter(|n| !absorbed(n)).collect();
    // Cue `n` reaches match `m`: before it, close, in the same phrase.
    let reaches = |n: &Match, m: &Match| {
        n.end <= m.start
            && m.start - n.end < NEGATION_SCOPE
            && tokens[n.start].phrase == tokens[m.start].phrase
    };
    let in_scope = |cues: &[&Match], m: &Match| cues.iter().any(|n| reaches(n, m));
    let negated = |m: &Match| in_scope(&negations, m);
    // A negation right before a value word, with at most
    // `REJECTION_GAP` content words between: "not doing the zero waste thing".
    let refuted = |m: &Match| {
        negations.iter().any(|n| {
            reaches(n, m)
                && tokens[n.end..m.start].iter().filter(|t| !t.stop).count() <= REJECTION_GAP
        })
    };
    let deprived = |m: &Match| in_scope(&negations, m) || in_scope(&privatives, m);
    // A cue that itself shows the value ("lol" is also humor) mocks other
    // values, not that one.
    let shows_same = |q: &Match, m: &Match| {
        matches!(m.entry.cue, Cue::Value(_))
            && matches
                .iter()
                .any(|o| o.entry.cue == m.entry.cue && o.start == q.start && o.end == q.end)
    };
    let mocked = |m: &Match| {
        mockeries.iter().any(|q| {
            !shows_same(q, m)
                && ((q.end <= m.start && m.start - q.end < MOCKERY_SCOPE)
                    || (q.start >= m.end && tokens[q.start].clause == tokens[m.start].clause))
        })
    };
    // The hashtag a hashtag part was split from.
    let parent_tag = |i: usize| {
        (0..=i)
            .rev()
            .take_while(|&j| matches!(tokens[j].kind, TokenKind::Hashtag | TokenKind::HashtagPart))
            .find(|&j| tokens[j].kind == TokenKind::Hashtag)
    };
    // Does the text joke or mock? Group words named in a joke are not
    // evidence for the value they concern ("the over-60s" in a joke about
    // them is not inclusive); see the jokes-at-a-group's-expense rule below.
    let jokes = matches
        .iter()
        .any(|m| matches!(m.entry.cue, Cue::Joke | Cue::Mockery));
    // Some match of `cue` shares a token with `m`.
    let overlapped_by = |cue: Cue, m: &Match| {
        matches
            .iter()
            .any(|o| o.entry.cue == cue && o.start < m.end && m.start < o.end)
    };
    let targeted = |m: &Match, v: usize| jokes && overlapped_by(Cue::Targets(v), m);
    let mut value_positions = vec![false; tokens.len()];
    for m in &matches {
        let from_hashtag = tokens[m.start..m.end]
            .iter()
            .all(|t| matches!(t.kind, TokenKind::Hashtag | TokenKind::HashtagPart));
        if tokens[m.start].kind == TokenKind::HashtagPart {
            // `#zerowaste` and "zero waste" inside it are one piece of evidence.
            let parent = parent_tag(m.start);
            if matches
                .iter()
                .any(|o| Some(o.start) == parent && o.entry.cue == m.entry.cue)
            {
                continue;
            }
        }
        let w = m.entry.weight * if from_hashtag { HASHTAG_DISCOUNT } else { 1.0 };
        let kind = match m.entry.cue {
            Cue::Value(v) if targeted(m, v) => continue,
            Cue::Value(v) => {
                value_positions[m.start..m.end]
                    .iter_mut()
                    .for_each(|p| *p = true);
                if mocked(m) || (refuted(m) && m.entry.weight >= REJECTION_MIN_WEIGHT) {
                    s.rejects[v] += w;
                    HitKind::Rejects(v)
                } else if negated(m) {
                    // Negated in passing ("not the most adventurous"): no
                    // evidence either way.
                    continue;
                } else {
                    s.shows[v] += w;
                    HitKind::Shows(v)
                }
            }
            Cue::Against(v) => {
                // Overlapping a phrase that shows the same value ("sin
                // dietas" in "sin dietas milagro"): the value reading wins.
                if overlapped_by(Cue::Value(v), m) {
                    continue;
                }
                if deprived(m) {
                    s.shows[v] += w * NEGATED_CONTRADICTION_SHOWS;
                    HitKind::Shows(v)
                } else if mocked(m) {
                    continue;
                } else {
                    s.contradicts[v] += w;
                    HitKind::Contradicts(v)
                }
            }
            Cue::Topic(t) => {
                s.topics[t] += w;
                HitKind::Topic(t)
            }
            Cue::Sponsored => {
                s.sponsor_marker = true;
                continue;
            }
            Cue::Negation | Cue::Privative | Cue::Mockery | Cue::Joke | Cue::Targets(_) => continue,
        };
        s.hits.push(Hit {
            kind,
            start: tokens[m.start].start,
            end: tokens[m.end - 1].end,
            entry: m.entry.source.clone(),
            weight: w,
        });
    }
    // Jokes at a group's expense: group words in a text that jokes or
    // mocks, where the text does not itself show the value they concern.
    if jokes {
        let mut put_down = false;
        for m in &matches {
            if let Cue::Targets(v) = m.entry.cue {
                if s.shows[v] == 0.0 && !negated(m) {
                    put_down = true;
                    s.contradicts[v] += m.entry.weight;
                    s.hits.push(Hit {
                        kind: HitKind::Contradicts(v),
                        start: tokens[m.start].start,
                        end: tokens[m.end - 1].end,
                        entry: m.entry.source.clone(),
                        weight: m.entry.weight,
                    });
                }
            }
        }
        if put_down {
            // Laughing at someone is not the playfulness a value means: the
            // laughter itself (a laughing emoji, "lol") shows nothing here.
            let laughs: Vec<(usize, usize)> = matches
                .iter()
                .filter(|m| m.entry.cue == Cue::Joke)
                .map(|m| (tokens[m.start].start, tokens[m.end - 1].end))
                .collect();
            s.hits.retain(|h| match h.kind {
                HitKind::Shows(v) if laughs.contains(&(h.start, h.end)) => {
                    s.shows[v] = (s.shows[v] - h.weight).max(0.0);
                    false
                }
                _ => true,
            });
        }
        s.hits.sort_by_key(|h| (h.start, h.end));
    }
    s.stuffing = stuffing(analyzed, &value_positions, &s.shows);
    s
}

/// How much a text is a list of value words and hashtags rather than
/// substance: many hashtags with few words, a high share of value words,
/// or several values named with hardly anything else said.
fn stuffing(analyzed: &Analyzed, value_positions: &[bool], shows: &[f32]) -> f32 {
    let mut words = 0usize;
    let mut value_words = 0usize;
    let mut tags = 0usize;
    let mut value_tags = 0usize;
    let tokens = &analyzed.tokens;
    for (i, t) in tokens.iter().enumerate() {
        match t.kind {
            TokenKind::Word if !t.stop => {
                words += 1;
                value_words += value_positions[i] as usize;
            }
            TokenKind::Hashtag => {
                tags += 1;
                // A hashtag counts as a value tag when it or one of its parts matched.
                let parts = tokens[i + 1..]
                    .iter()
                    .take_while(|p| p.kind == TokenKind::HashtagPart)
                    .count();
                value_tags += value_positions[i..=i + parts].iter().any(|&v| v) as usize;
            }
            _ => {}
        }
    }
    let distinct_values = shows.iter().filter(|&&w| w > 0.0).count();
    let substance = words - value_words;
    let total = (words + tags).max(1) as f32;
    let tag_share = tags as f32 / total;
    let density = (value_words + value_tags) as f32 / total;
    let by_tags = if tags >= 4 {
        ((tag_share - 0.4) / 0.3).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let by_density = if words + tags >= 4 {
        ((density - 0.5) / 0.3).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let by_emptiness = if distinct_values >= 3 && substance < 3 {
        1.0
    } else {
        0.0
    };
    by_tags.max(by_density).max(by_emptiness)
}
