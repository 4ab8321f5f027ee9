use hashbrown::HashMap;

use super::utils::{TrigramsWithPositions, get_trigrams_with_positions};
use super::{ARABIC_LANGS, CYRILLIC_LANGS, DEVANAGARI_LANGS, HEBREW_LANGS, LATIN_LANGS};
#[cfg(test)]
use super::LangProfile;
use super::LangProfileList;
use super::{MAX_TOTAL_DISTANCE, MAX_TRIGRAM_DISTANCE, Trigram};
use crate::Lang;
use crate::core::{FilterList, Info, InternalQuery, Text, calculate_confidence};
use crate::scripts::grouping::MultiLangScript;

#[derive(Debug)]
pub struct RawOutcome {
    pub trigrams_count: usize,
    #[allow(dead_code)]
    pub raw_distances: Vec<(Lang, u32)>,
    pub scores: Vec<(Lang, f64)>,
}

#[inline]
pub fn detect(iquery: &InternalQuery) -> Option<Info> {
    let raw_outcome = raw_detect(iquery);
    let RawOutcome {
        trigrams_count,
        scores,
        ..
    } = raw_outcome;

    let mut raw_scores_iter = scores.into_iter();

    let opt_lang_score1 = raw_scores_iter.next();
    let opt_lang_score2 = raw_scores_iter.next();

    // TODO: Logic is duplicated in alphabets. Consider refactoring
    opt_lang_score1.map(|(lang1, score1)| {
        let script = iquery.multi_lang_script.to_script();
        let confidence = if let Some((_, score2)) = opt_lang_score2 {
            calculate_confidence(score1, score2, trigrams_count)
        } else {
            1.0
        };
        Info::new(script, lang1, confidence)
    })
}

#[inline]
pub fn raw_detect(iquery: &InternalQuery) -> RawOutcome {
    let lang_profile_list = script_to_lang_profile_list(iquery.multi_lang_script);
    let inverted = inverted_profiles(iquery.multi_lang_script);
    calculate_scores_in_profiles(
        &iquery.text,
        iquery.filter_list,
        lang_profile_list,
        inverted,
    )
}

fn script_to_lang_profile_list(script: MultiLangScript) -> LangProfileList {
    use MultiLangScript as MLS;
    match script {
        MLS::Latin => LATIN_LANGS,
        MLS::Cyrillic => CYRILLIC_LANGS,
        MLS::Arabic => ARABIC_LANGS,
        MLS::Devanagari => DEVANAGARI_LANGS,
        MLS::Hebrew => HEBREW_LANGS,
    }
}

/// valuematch patch: the profiles of one script, inverted. For every
/// trigram, the (profile index in the list, rank in the profile) of each
/// place it holds. A text's distance to every profile is then summed from
/// the text's own trigrams (a few hundred look-ups) instead of looking up
/// every trigram of every profile in the text (300 per language, some 40
/// languages for Latin script). The distances are the same integers.
pub struct InvertedProfiles {
    by_trigram: HashMap<Trigram, Vec<(u16, u16)>>,
}

impl InvertedProfiles {
    fn new(list: LangProfileList) -> Self {
        let mut by_trigram: HashMap<Trigram, Vec<(u16, u16)>> = HashMap::new();
        for (k, &(_, profile)) in list.iter().enumerate() {
            for (i, &trigram) in profile.iter().enumerate() {
                by_trigram
                    .entry(trigram)
                    .or_default()
                    .push((k as u16, i as u16));
            }
        }
        InvertedProfiles { by_trigram }
    }
}

fn inverted_profiles(script: MultiLangScript) -> &'static InvertedProfiles {
    use MultiLangScript as MLS;
    use std::sync::OnceLock;
    static LATIN: OnceLock<InvertedProfiles> = OnceLock::new();
    static CYRILLIC: OnceLock<InvertedProfiles> = OnceLock::new();
    static ARABIC: OnceLock<InvertedProfiles> = OnceLock::new();
    static DEVANAGARI: OnceLock<InvertedProfiles> = OnceLock::new();
    static HEBREW: OnceLock<InvertedProfiles> = OnceLock::new();
    let cell = match script {
        MLS::Latin => &LATIN,
        MLS::Cyrillic => &CYRILLIC,
        MLS::Arabic => &ARABIC,
        MLS::Devanagari => &DEVANAGARI,
        MLS::Hebrew => &HEBREW,
    };
    cell.get_or_init(|| InvertedProfiles::new(script_to_lang_profile_list(script)))
}

#[inline]
fn calculate_scores_in_profiles(
    text: &Text,
    filter_list: &FilterList,
    lang_profile_list: LangProfileList,
    inverted: &InvertedProfiles,
) -> RawOutcome {
    let mut lang_distances: Vec<(Lang, u32)> = vec![];

    let TrigramsWithPositions {
        trigram_positions, ..
    } = get_trigrams_with_positions(&text.lowercase());
    let unique_trigrams_count = trigram_positions.len();

    // Per profile: the sum over the text's trigrams found in it of
    // (|text position - profile rank| - MAX_TRIGRAM_DISTANCE).
    let mut hits = vec![0i64; lang_profile_list.len()];
    for (trigram, &n) in &trigram_positions {
        if let Some(places) = inverted.by_trigram.get(trigram) {
            for &(k, i) in places {
                hits[k as usize] += (n as i64 - i as i64).abs() - MAX_TRIGRAM_DISTANCE as i64;
            }
        }
    }

    for (k, &(lang, lang_trigrams)) in lang_profile_list.iter().enumerate() {
        if !filter_list.is_allowed(lang) {
            continue;
        }
        let dist = finish_distance(lang_trigrams.len(), hits[k], unique_trigrams_count);
        lang_distances.push(((lang), dist));
    }

    // Sort languages by distance
    lang_distances.sort_unstable_by_key(|(_, dist)| *dist);

    let max_dist = unique_trigrams_count as u32 * MAX_TRIGRAM_DISTANCE;

    let raw_scores = lang_distances
        .iter()
        .map(|&(lang, distance)| (lang, distance_to_raw_score(distance, max_dist)))
        .collect();

    RawOutcome {
        trigrams_count: unique_trigrams_count,
        scores: raw_scores,
        raw_distances: lang_distances,
    }
}

/// The distance of `calculate_distance` from a profile's length and the
/// summed hits: every trigram of the profile counts MAX_TRIGRAM_DISTANCE,
/// less what the hits save; then the same correction and clamp.
#[inline]
fn finish_distance(profile_len: usize, hits: i64, text_trigrams: usize) -> u32 {
    let mut total_dist = (profile_len as i64 * MAX_TRIGRAM_DISTANCE as i64 + hits) as u32;

    let count = text_trigrams as u32;

    if MAX_TRIGRAM_DISTANCE > count {
        let delta = MAX_TRIGRAM_DISTANCE - count;
        total_dist -= delta * MAX_TRIGRAM_DISTANCE;
    }

    total_dist.clamp(0, MAX_TOTAL_DISTANCE)
}

/// The original distance (kept to test the inverted one against).
#[cfg(test)]
fn calculate_distance(lang_trigrams: LangProfile, text_trigrams: &HashMap<Trigram, u32>) -> u32 {
    let mut total_dist = 0u32;

    for (i, &trigram) in lang_trigrams.iter().enumerate() {
        let dist = match text_trigrams.get(&trigram) {
            Some(&n) => (n as i32 - i as i32).unsigned_abs(),
            None => MAX_TRIGRAM_DISTANCE,
        };
        total_dist += dist;
    }

    let count = text_trigrams.len() as u32;

    if MAX_TRIGRAM_DISTANCE > count {
        let delta = MAX_TRIGRAM_DISTANCE - count;
        total_dist -= delta * MAX_TRIGRAM_DISTANCE;
    }

    total_dist.clamp(0, MAX_TOTAL_DISTANCE)
}

#[inline]
fn distance_to_raw_score(distance: u32, max_distance: u32) -> f64 {
    let similarity = max_distance - distance;
    similarity as f64 / max_distance as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inverted_distances_equal_the_original_ones() {
        let texts = [
            "Die Ordnung muss für immer in diesem Codebase bleiben",
            "We repaired the old bike together and rode to the market on Sunday morning.",
            "Nous avons réparé le vieux vélo ensemble et nous sommes allés au marché dimanche.",
            "Am reparat împreună bicicleta veche și am mers la piață duminică dimineața.",
            "Consertámos juntos a bicicleta velha e fomos ao mercado no domingo de manhã.",
            "ok",
            "a",
            "Мы вместе починили старый велосипед и поехали на рынок в воскресенье утром.",
            "אנחנו תיקנו יחד את האופניים הישנים",
            "हमने मिलकर पुरानी साइकिल ठीक की",
            "لقد أصلحنا الدراجة القديمة معا",
            "aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa",
        ];
        let long: String = texts.concat().repeat(5);
        for text in texts.iter().copied().chain([long.as_str()]) {
            for script in [
                MultiLangScript::Latin,
                MultiLangScript::Cyrillic,
                MultiLangScript::Arabic,
                MultiLangScript::Devanagari,
                MultiLangScript::Hebrew,
            ] {
                let list = script_to_lang_profile_list(script);
                let inv = inverted_profiles(script);
                let positions = get_trigrams_with_positions(&Text::new(text).lowercase())
                    .trigram_positions;
                let mut hits = vec![0i64; list.len()];
                for (trigram, &n) in &positions {
                    if let Some(places) = inv.by_trigram.get(trigram) {
                        for &(k, i) in places {
                            hits[k as usize] +=
                                (n as i64 - i as i64).abs() - MAX_TRIGRAM_DISTANCE as i64;
                        }
                    }
                }
                for (k, &(lang, profile)) in list.iter().enumerate() {
                    assert_eq!(
                        finish_distance(profile.len(), hits[k], positions.len()),
                        calculate_distance(profile, &positions),
                        "{lang:?} {text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn test_when_german_is_given() {
        let text = "Die Ordnung muss für immer in diesem Codebase bleiben";
        let iq = InternalQuery {
            text: Text::new(text),
            filter_list: &FilterList::default(),
            multi_lang_script: MultiLangScript::Latin,
        };
        let raw_outcome = raw_detect(&iq);

        assert_eq!(raw_outcome.trigrams_count, 50);

        let &(first_lang, first_score) = raw_outcome.scores.first().unwrap();
        let &(_last_lang, last_score) = raw_outcome.scores.last().unwrap();

        assert_eq!(first_lang, Lang::Deu);

        assert!(first_score >= 0.0);
        assert!(first_score <= 1.0);

        assert!(last_score >= 0.0);
        assert!(last_score <= 1.0);
    }
}
