//! Lexicons: the per-language vocabularies (`lexicons/LANG.lex`) that show a
//! value, contradict it, name a topic, negate, mock, or mark a paid post;
//! their parsing, and matching them against analysed text.
//!
//! Entries are analysed exactly like posts, so an entry matches every
//! inflection that stems the same way. See `src/data/README.md` for the format.

use std::collections::HashMap;

use crate::analysis::{fold, normalize_case, Analyzer, Language, Token, TokenKind};
use crate::datafiles::DataSources;
use crate::error::{Error, Result};

use super::taxonomy::Taxonomy;

/// What an entry is evidence of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    /// Shows value `i` of the taxonomy.
    Value(usize),
    /// Contradicting behaviour of value `i`.
    Against(usize),
    /// Belongs to topic `i`.
    Topic(usize),
    Negation,
    /// "without"-words: they turn a following contradiction into evidence
    /// for the value, and leave value words as they are.
    Privative,
    Mockery,
    /// Laughter and joke markers ("lol", a laughing emoji): the text jokes.
    Joke,
    /// Words that name people as a group (by age, body, origin, disability):
    /// in a text that jokes or mocks and does not itself show value `i`,
    /// they count against it (a joke at a group's expense).
    Targets(usize),
    Sponsored,
}

impl Cue {
    /// Evidence for or against a value (not a topic or a modifier).
    pub fn is_value_evidence(&self) -> bool {
        matches!(self, Cue::Value(_) | Cue::Against(_))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Pattern {
    /// A folded stem (or `#tag` / `@name` text).
    Stem(String),
    /// The folded surface form starts with this.
    Prefix(String),
    /// The folded surface form ends with this.
    Suffix(String),
}

impl Pattern {
    fn matches(&self, t: &Token) -> bool {
        match self {
            Pattern::Stem(s) => &t.stem == s,
            Pattern::Prefix(p) => t.text.starts_with(p.as_str()) && !t.text.starts_with('#'),
            Pattern::Suffix(p) => t.text.ends_with(p.as_str()) && !t.text.starts_with('#'),
        }
    }
}

/// One compiled lexicon entry.
#[derive(Debug, Clone)]
pub struct Entry {
    pub cue: Cue,
    pub weight: f32,
    /// The entry as written in the file (shown in explanations).
    pub source: String,
    patterns: Vec<Pattern>,
    /// Match the patterns on content words only, skipping stopwords between
    /// them ("ricetta della nonna" matches "ricette delle nostre nonne").
    loose: bool,
    /// Written `- entry`: takes out every earlier entry of the same section
    /// with the same patterns (a user's file removing a built-in word).
    removes: bool,
}

/// A match of an entry in a token sequence: tokens `start..end`.
#[derive(Debug, Clone, Copy)]
pub struct Match<'l> {
    pub entry: &'l Entry,
    pub start: usize,
    pub end: usize,
}

/// The compiled lexicon of one language.
#[derive(Debug, Default)]
struct LanguageLexicon {
    entries: Vec<Entry>,
    by_stem: HashMap<String, Vec<usize>>,
    by_prefix: HashMap<String, Vec<usize>>,
    by_suffix: HashMap<String, Vec<usize>>,
}

const KEY_CHARS: usize = 3;

/// The first `KEY_CHARS` characters of `s` (all of it when shorter).
fn head(s: &str) -> &str {
    match s.char_indices().nth(KEY_CHARS) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// The last `KEY_CHARS` characters of `s` (all of it when shorter).
fn tail(s: &str) -> &str {
    match s.char_indices().rev().nth(KEY_CHARS - 1) {
        Some((i, _)) => &s[i..],
        None => s,
    }
}

impl LanguageLexicon {
    fn add(&mut self, entry: Entry) {
        let i = self.entries.len();
        match &entry.patterns[0] {
            Pattern::Stem(s) => self.by_stem.entry(s.clone()).or_default().push(i),
            Pattern::Prefix(p) => self
                .by_prefix
                .entry(head(p).to_string())
                .or_default()
                .push(i),
            Pattern::Suffix(p) => self
                .by_suffix
                .entry(tail(p).to_string())
                .or_default()
                .push(i),
        }
        self.entries.push(entry);
    }

    /// Takes out the entries of `removal`'s section with its patterns, and
    /// rebuilds the lookup maps.
    fn remove(&mut self, removal: &Entry) {
        let kept: Vec<Entry> = std::mem::take(&mut self.entries)
            .into_iter()
            .filter(|e| !(e.cue == removal.cue && e.patterns == removal.patterns))
            .collect();
        *self = LanguageLexicon::default();
        for e in kept {
            self.add(e);
        }
    }

    fn candidates<'a>(&'a self, t: &Token) -> impl Iterator<Item = &'a Entry> + 'a {
        let by_stem = self.by_stem.get(&t.stem);
        let by_prefix = self.by_prefix.get(head(&t.text));
        let by_suffix = self.by_suffix.get(tail(&t.text));
        [by_stem, by_prefix, by_suffix]
            .into_iter()
            .flatten()
            .flatten()
            .map(|&i| &self.entries[i])
    }
}

/// All lexicons, by language, plus hashtag and emoji entries shared across
/// languages (they travel: `#zerowaste` and ♻️ show up in posts in any
/// language). The file `any.lex` holds shared entries only.
#[derive(Debug, Default)]
pub struct Lexicons {
    languages: HashMap<Language, LanguageLexicon>,
    shared: LanguageLexicon,
}

/// The name of the lexicon file for entries of every language.
pub const SHARED_FILE: &str = "any";

fn is_shared_entry(text: &str) -> bool {
    text.starts_with('#') || text.chars().next().is_some_and(crate::analysis::is_emoji)
}

impl Lexicons {
    /// Parses every `lexicons/LANG.lex` of `sources`.
    pub fn load(sources: &DataSources, taxonomy: &Taxonomy, analyzer: &Analyzer) -> Result<Self> {
        let mut lex = Lexicons::default();
        let mut seen_tags: HashMap<(Cue, String), usize> = HashMap::new();
        for file in sources.files("lexicons", "lex")? {
            let language = if file.stem == SHARED_FILE {
                None
            } else {
                Some(Language::from_code(&file.stem).ok_or_else(|| Error::Data {
                    file: file.origin.clone(),
                    line: 0,
                    message: format!(
                        "file name {:?} is not a language code (expected e.g. en.lex, or {SHARED_FILE}.lex)",
                        file.stem
                    ),
                })?)
            };
            for entry in parse(&file.text, &file.origin, language, taxonomy, analyzer)? {
                if entry.removes {
                    if is_shared_entry(&entry.source) {
                        lex.shared.remove(&entry);
                        // Positions in the shared list moved: re-key them.
                        seen_tags = lex
                            .shared
                            .entries
                            .iter()
                            .enumerate()
                            .filter_map(|(i, e)| match e.patterns.as_slice() {
                                [Pattern::Stem(s)] => Some(((e.cue, s.clone()), i)),
                                _ => None,
                            })
                            .collect();
                    } else if let Some(l) = language.and_then(|l| lex.languages.get_mut(&l)) {
                        l.remove(&entry);
                    }
                    continue;
                }
                if let [Pattern::Stem(s)] = entry.patterns.as_slice() {
                    if is_shared_entry(s) {
                        // One shared entry per (cue, hashtag): the highest weight wins.
                        let key = (entry.cue, s.clone());
                        match seen_tags.get(&key) {
                            Some(&i) => {
                                let e = &mut lex.shared.entries[i];
                                e.weight = e.weight.max(entry.weight);
                            }
                            None => {
                                seen_tags.insert(key, lex.shared.entries.len());
                                lex.shared.add(entry);
                            }
                        }
                        continue;
                    }
                }
                if let Some(l) = language {
                    lex.languages.entry(l).or_default().add(entry);
                }
            }
        }
        Ok(lex)
    }

    /// How many content tokens (analysed as `language`) the language's
    /// lexicon knows: a vote for the language of a short text.
    pub fn known_words(&self, tokens: &[Token], language: Language) -> usize {
        let Some(lex) = self.languages.get(&language) else {
            return 0;
        };
        tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word && lex.by_stem.contains_key(&t.stem))
            .count()
    }

    /// Languages with a lexicon.
    pub fn languages(&self) -> Vec<Language> {
        let mut v: Vec<Language> = self.languages.keys().copied().collect();
        v.sort();
        v
    }

    /// Every match of every entry in `tokens`, in order of start position.
    /// Where two entries of the same cue overlap, the longer one wins; a
    /// value or contradiction entry inside a longer value or contradiction
    /// phrase is dropped too ("animal shelter" is animal welfare, and its
    /// "shelter" is not also kindness). Topics are read independently.
    pub fn find<'l>(&'l self, tokens: &[Token], language: Option<Language>) -> Vec<Match<'l>> {
        let lang = language.and_then(|l| self.languages.get(&l));
        let mut found: Vec<Match<'l>> = Vec::new();
        // Positions of content (non-stopword) tokens, and each token's place among them.
        let content: Vec<usize> = (0..tokens.len()).filter(|&i| !tokens[i].stop).collect();
        let mut content_rank = vec![usize::MAX; tokens.len()];
        for (r, &i) in content.iter().enumerate() {
            content_rank[i] = r;
        }
        for (i, t) in tokens.iter().enumerate() {
            let from_lang = lang.into_iter().flat_map(|l| l.candidates(t));
            let from_tags = matches!(t.kind, TokenKind::Hashtag | TokenKind::Emoji)
                .then(|| self.shared.by_stem.get(&t.text))
                .flatten()
                .into_iter()
                .flatten()
                .map(|&k| &self.shared.entries[k]);
            for entry in from_lang.chain(from_tags) {
                let n = entry.patterns.len();
                let end = if entry.loose {
                    let r = content_rank[i];
                    if r == usize::MAX || r + n > content.len() {
                        continue;
                    }
                    let span = &content[r..r + n];
                    let ok = entry
                        .patterns
                        .iter()
                        .zip(span)
                        .all(|(p, &j)| p.matches(&tokens[j]) && tokens[j].clause == t.clause);
                    if !ok {
                        continue;
                    }
                    span[n - 1] + 1
                } else {
                    if i + n > tokens.len() || (n == 1 && t.stop) {
                        continue;
                    }
                    if !entry
                        .patterns
                        .iter()
                        .zip(&tokens[i..i + n])
                        .all(|(p, t)| p.matches(t))
                    {
                        continue;
                    }
                    i + n
                };
                if !found
                    .iter()
                    .any(|m| std::ptr::eq(m.entry, entry) && m.start == i)
                {
                    found.push(Match {
                        entry,
                        start: i,
                        end,
                    });
                }
            }
        }
        // Longest match first within each cue; drop shorter overlapping ones.
        found.sort_by(|a, b| {
            (b.end - b.start)
                .cmp(&(a.end - a.start))
                .then(a.start.cmp(&b.start))
        });
        let mut kept: Vec<Match<'l>> = Vec::with_capacity(found.len());
        for m in found {
            let overlaps = kept.iter().any(|k| {
                (k.entry.cue == m.entry.cue && k.start < m.end && m.start < k.end)
                    || (k.entry.cue.is_value_evidence()
                        && m.entry.cue.is_value_evidence()
                        && k.start <= m.start
                        && m.end <= k.end
                        && k.end - k.start > m.end - m.start)
            });
            if !overlaps {
                kept.push(m);
            }
        }
        kept.sort_by_key(|m| (m.start, m.end));
        kept
    }
}

/// Parses one lexicon file into compiled entries.
fn parse(
    text: &str,
    origin: &str,
    language: Option<Language>,
    taxonomy: &Taxonomy,
    analyzer: &Analyzer,
) -> Result<Vec<Entry>> {
    let err = |line: usize, message: String| Error::Data {
        file: origin.to_string(),
        line,
        message,
    };
    let mut entries = Vec::new();
    let mut cue: Option<Cue> = None;
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = raw.trim();
        if line.is_empty() || line == "#" || line.starts_with("# ") {
            continue;
        }
        if let Some(header) = line.strip_prefix('[') {
            let header = header.strip_suffix(']').ok_or_else(|| {
                err(
                    line_no,
                    format!("section header {line:?} lacks its closing ]"),
                )
            })?;
            let mut words = header.split_whitespace();
            let kind = words.next().unwrap_or_default();
            let name = words.next();
            let value = |name: Option<&str>| {
                let name =
                    name.ok_or_else(|| err(line_no, format!("[{kind}] needs a value name")))?;
                taxonomy.value_index(name).ok_or_else(|| {
                    err(
                        line_no,
                        format!("unknown value {name:?} (values are defined in values.toml)"),
                    )
                })
            };
            cue = Some(match kind {
                "value" => Cue::Value(value(name)?),
                "against" => Cue::Against(value(name)?),
                "topic" => {
                    let name = name.ok_or_else(|| err(line_no, "[topic] needs a topic name".into()))?;
                    Cue::Topic(taxonomy.topic_index(name).ok_or_else(|| {
                        err(line_no, format!("unknown topic {name:?} (topics are defined in values.toml)"))
                    })?)
                }
                "negation" => Cue::Negation,
                "privative" => Cue::Privative,
                "mockery" => Cue::Mockery,
                "joke" => Cue::Joke,
                "mocked" => Cue::Targets(value(name)?),
                "sponsored" => Cue::Sponsored,
                other => {
                    return Err(err(
                        line_no,
                        format!("unknown section [{other}]; expected value, against, topic, mocked, negation, privative, mockery, joke or sponsored"),
                    ))
                }
            });
            continue;
        }
        let Some(cue) = cue else {
            return Err(err(line_no, "entry before any [section] header".into()));
        };
        let (line, removes) = match line.strip_prefix("- ") {
            Some(rest) => (rest.trim(), true),
            None => (line, false),
        };
        let (phrase, weight) = match line.rsplit_once('|') {
            Some((p, w)) => {
                let w: f32 = w
                    .trim()
                    .parse()
                    .map_err(|_| err(line_no, format!("weight {:?} is not a number", w.trim())))?;
                if !(0.1..=3.0).contains(&w) {
                    return Err(err(line_no, format!("weight {w} is outside 0.1-3.0")));
                }
                (p.trim(), w)
            }
            None => (line, 1.0),
        };
        let compiled = match language {
            Some(language) => compile(phrase, language, analyzer),
            None if is_shared_entry(phrase) => compile_shared(phrase),
            None => Err(format!(
                "{SHARED_FILE}.lex holds only hashtags and emoji; put words in a language's file"
            )),
        };
        let (patterns, loose) = compiled.map_err(|m| err(line_no, format!("{phrase:?}: {m}")))?;
        entries.push(Entry {
            cue,
            weight,
            source: phrase.to_string(),
            patterns,
            loose,
            removes,
        });
    }
    Ok(entries)
}

/// A hashtag or emoji entry, valid in every language.
fn compile_shared(phrase: &str) -> Result<(Vec<Pattern>, bool), String> {
    if let Some(tag) = phrase.strip_prefix('#') {
        if tag.is_empty() || tag.contains(char::is_whitespace) {
            return Err("a hashtag entry is one word after #".into());
        }
        return Ok((
            vec![Pattern::Stem(format!(
                "#{}",
                fold(&normalize_case(tag, None))
            ))],
            false,
        ));
    }
    let mut chars = phrase.chars().filter(|c| crate::analysis::is_emoji(*c));
    match (chars.next(), chars.next()) {
        (Some(e), None) => Ok((vec![Pattern::Stem(e.to_string())], false)),
        _ => Err("an emoji entry is a single emoji".into()),
    }
}

/// Turns an entry into token patterns, analysed like post text.
fn compile(
    phrase: &str,
    language: Language,
    analyzer: &Analyzer,
) -> Result<(Vec<Pattern>, bool), String> {
    if is_shared_entry(phrase) {
        return compile_shared(phrase);
    }
    let prefix = phrase.ends_with('*');
    let suffix = phrase.starts_with('*');
    let body = phrase.trim_matches('*');
    if body.contains('*') {
        return Err("* is allowed only at the start or the end".into());
    }
    let tokens = analyzer.analyze_as(body, Some(language)).tokens;
    if tokens.is_empty() {
        return Err("no words in entry".into());
    }
    if tokens.len() > 10 {
        return Err("phrases have at most 10 words".into());
    }
    // Phrases with two or more content words match across stopwords.
    let content: Vec<_> = tokens.iter().filter(|t| !t.stop).cloned().collect();
    let loose = tokens.len() >= 2 && content.len() >= 2 && content.len() < tokens.len();
    let tokens = if loose { content } else { tokens };
    let last = tokens.len() - 1;
    let mut patterns = Vec::with_capacity(tokens.len());
    for (i, t) in tokens.iter().enumerate() {
        let p = if prefix && i == last {
            Pattern::Prefix(t.text.clone())
        } else if suffix && i == 0 {
            Pattern::Suffix(t.text.clone())
        } else {
            Pattern::Stem(t.stem.clone())
        };
        if let Pattern::Prefix(s) | Pattern::Suffix(s) = &p {
            if s.chars().count() < 3 {
                return Err("a wildcard needs at least 3 letters beside *".into());
            }
        }
        patterns.push(p);
    }
    Ok((patterns, loose))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup(lex: &str) -> (Analyzer, Taxonomy, Lexicons) {
        let analyzer = Analyzer::load(&DataSources::builtin_only()).unwrap();
        let taxonomy = Taxonomy::load(&DataSources::builtin_only()).unwrap();
        let en = Language::from_code("en").unwrap();
        let mut lexicons = Lexicons::default();
        for e in parse(lex, "test.lex", Some(en), &taxonomy, &analyzer).unwrap() {
            lexicons.languages.entry(en).or_default().add(e);
        }
        (analyzer, taxonomy, lexicons)
    }

    fn sources(text: &str, lexicons: &Lexicons, analyzer: &Analyzer) -> Vec<String> {
        let en = Language::from_code("en");
        let a = analyzer.analyze_as(text, en);
        lexicons
            .find(&a.tokens, en)
            .iter()
            .map(|m| m.entry.source.clone())
            .collect()
    }

    #[test]
    fn entries_match_inflections_phrases_and_wildcards() {
        let (analyzer, _, lex) = setup(
            "[value sustainability]\nrepair\nzero waste | 1.5\nrecycl*\n*bike\n[topic cycling]\nbike\n",
        );
        assert_eq!(
            sources(
                "Repaired my e-bike, then recyclable jars. Zero-waste!",
                &lex,
                &analyzer
            ),
            // "bike" is both a topic word and (through *bike) a value word.
            ["repair", "bike", "*bike", "recycl*", "zero waste"]
        );
        assert_eq!(sources("a cargobike", &lex, &analyzer), ["*bike"]);
    }

    #[test]
    fn phrases_skip_stopwords_but_single_stopwords_never_match() {
        let (analyzer, _, lex) = setup("[value family]\nrecipe of grandma\n[value honesty]\nthe\n");
        assert_eq!(
            sources("a recipe from my grandma", &lex, &analyzer),
            ["recipe of grandma"]
        );
        assert!(sources("the end", &lex, &analyzer).is_empty());
        // Not across clauses.
        assert!(sources("a recipe. grandma", &lex, &analyzer).is_empty());
    }

    #[test]
    fn a_value_phrase_swallows_other_values_words_inside_it_but_not_topics() {
        let (analyzer, _, lex) = setup(
            "[value animal_welfare]\nanimal shelter\n[value kindness]\nshelter\n[topic pets]\nanimal\n",
        );
        assert_eq!(
            sources("volunteering at the animal shelter", &lex, &analyzer),
            ["animal", "animal shelter"]
        );
        assert_eq!(sources("a night shelter", &lex, &analyzer), ["shelter"]);
    }

    #[test]
    fn longer_matches_win_within_a_cue() {
        let (analyzer, _, lex) = setup("[value sustainability]\nwaste\nzero waste\n");
        assert_eq!(sources("zero waste", &lex, &analyzer), ["zero waste"]);
    }

    #[test]
    fn keys_are_the_first_and_last_three_characters() {
        for w in ["", "a", "ab", "abc", "abcd", "pădure", "ποδήλατο", "ñu"] {
            let head_chars: String = w.chars().take(KEY_CHARS).collect();
            let n = w.chars().count();
            let tail_chars: String = w.chars().skip(n.saturating_sub(KEY_CHARS)).collect();
            assert_eq!(head(w), head_chars, "{w}");
            assert_eq!(tail(w), tail_chars, "{w}");
        }
    }

    #[test]
    fn bad_lines_are_located() {
        let analyzer = Analyzer::load(&DataSources::builtin_only()).unwrap();
        let taxonomy = Taxonomy::load(&DataSources::builtin_only()).unwrap();
        let en = Language::from_code("en").unwrap();
        let cases = [
            ("word\n", "f.lex:1: entry before any [section] header"),
            ("[value nope]\n", "f.lex:1: unknown value \"nope\""),
            ("[topic x]\n", "f.lex:1: unknown topic \"x\""),
            ("[wat]\n", "f.lex:1: unknown section [wat]"),
            (
                "[value honesty]\n# c\ntruth | lots\n",
                "f.lex:3: weight \"lots\" is not a number",
            ),
            (
                "[value honesty]\ntruth | 9\n",
                "f.lex:2: weight 9 is outside",
            ),
            (
                "[value honesty]\nre*pair\n",
                "f.lex:2: \"re*pair\": * is allowed only",
            ),
            (
                "[value honesty]\nab*\n",
                "f.lex:2: \"ab*\": a wildcard needs at least 3",
            ),
        ];
        for (text, want) in cases {
            let got = parse(text, "f.lex", Some(en), &taxonomy, &analyzer)
                .unwrap_err()
                .to_string();
            assert!(got.starts_with(want), "{text:?}: {got}");
        }
    }
}
