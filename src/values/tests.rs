//! Hand-made examples, in several languages, that show each part of the
//! value model moving scores in the right direction.

use std::sync::OnceLock;

use super::*;
use crate::corpus::{Creator, Post};

fn model() -> &'static ValueModel {
    static M: OnceLock<ValueModel> = OnceLock::new();
    M.get_or_init(|| ValueModel::load(&DataSources::builtin_only()).expect("built-in data loads"))
}

fn v(name: &str) -> usize {
    model().taxonomy.value_index(name).unwrap()
}

fn read(text: &str) -> TextSignals {
    let m = model();
    m.read(&m.analyzer.analyze_as(text, m.guess(text)))
}

fn post(id: usize, text: &str, month: u32) -> Post {
    let created_at = format!("2025-{month:02}-10T10:00:00Z");
    Post {
        id: format!("p{id}"),
        text: text.into(),
        timestamp: Some(
            chrono::DateTime::parse_from_rfc3339(&created_at)
                .unwrap()
                .timestamp(),
        ),
        created_at: Some(created_at),
        platform: None,
        likes: Some(100),
        comments: Some(5),
        shares: None,
        sponsored: false,
        url: None,
    }
}

fn creator(posts: Vec<Post>) -> Creator {
    Creator {
        id: "c".into(),
        handle: None,
        name: None,
        bio: None,
        followers: Some(5000),
        country: None,
        platforms: vec![],
        url: None,
        posts,
    }
}

fn score(c: &Creator, value: &str) -> f32 {
    model().read_creator(c).signals.scores[v(value)]
}

fn against(c: &Creator, value: &str) -> f32 {
    model().read_creator(c).signals.against[v(value)]
}

/// Filler that shows no value, to give creators the same number of posts.
const FILLER: &str = "Monday again. The weather in town was grey and the bus was late, as usual.";

#[test]
fn negation_turns_a_value_word_into_a_rejection() {
    let s = v("sustainability");
    let plain = read("We went zero waste at home this year and it changed how we shop.");
    assert!(plain.shows[s] > 0.0 && plain.rejects[s] == 0.0);
    let negated = read("I'm not doing the zero waste thing, it is way too much effort for me.");
    assert_eq!(negated.shows[s], 0.0);
    assert!(negated.rejects[s] > 0.0);
    let fr =
        read("Franchement, je ne ferai jamais le zéro déchet, trop compliqué pour notre famille.");
    assert_eq!(fr.shows[s], 0.0, "fr");
    assert!(fr.rejects[s] > 0.0, "fr");
}

#[test]
fn mockery_counts_value_words_against() {
    let s = v("sustainability");
    let mocked = read("Spare me the zero waste lectures, I like my plastic bags just fine.");
    assert_eq!(mocked.shows[s], 0.0);
    assert!(mocked.rejects[s] > 0.0);
}

#[test]
fn contradicting_behaviour_counts_against_and_its_negation_for() {
    let s = v("sustainability");
    let a = v("animal_welfare");
    let haul = read("Picked up my brand new jetski today, cannot wait for summer on the lake!");
    assert!(
        haul.contradicts[s] > 0.0
            || read("Just bought a new jet ski for the weekend trips.").contradicts[s] > 0.0
    );
    let de = read("Heute endlich den neuen Jetski abgeholt, Sommer kann kommen!");
    assert!(de.contradicts[s] > 0.0, "de");
    let es = read("Mi nuevo abrigo de piel para la temporada, me encanta cómo abriga.");
    assert!(es.contradicts[a] > 0.0, "es");
    let never = read("I never buy fast fashion anymore, I mend what I have.");
    assert_eq!(never.contradicts[s], 0.0);
    assert!(never.shows[s] > 0.0);
}

#[test]
fn consistency_over_posts_and_months_beats_one_post() {
    let text = "Repaired the kids' bikes with second-hand parts instead of buying new ones.";
    let mut spread: Vec<Post> = (1..=6).map(|m| post(m, text, m as u32 * 2 - 1)).collect();
    spread.extend((7..=12).map(|i| post(i, FILLER, 12)));
    let mut bunched: Vec<Post> = (1..=6).map(|m| post(m, text, 3)).collect();
    bunched.extend((7..=12).map(|i| post(i, FILLER, 12)));
    let mut single = vec![post(1, text, 1)];
    single.extend((2..=12).map(|i| post(i, FILLER, 12)));
    let (s_spread, s_bunched, s_single) = (
        score(&creator(spread), "sustainability"),
        score(&creator(bunched), "sustainability"),
        score(&creator(single), "sustainability"),
    );
    assert!(s_spread > s_bunched, "{s_spread} > {s_bunched}");
    assert!(s_bunched > s_single, "{s_bunched} > {s_single}");
    assert!(s_single < 0.3, "one post is weak evidence: {s_single}");
}

#[test]
fn consistency_holds_in_romanian_too() {
    let text = "Am reparat bicicleta veche cu piese la mâna a doua, nimic nu se aruncă.";
    let many: Vec<Post> = (1..=8).map(|m| post(m, text, m as u32)).collect();
    let mut one = vec![post(1, text, 1)];
    one.extend((2..=8).map(|i| post(i, "Azi a plouat toată ziua în oraș și am stat în casă.", 9)));
    assert!(score(&creator(many), "sustainability") > score(&creator(one), "sustainability"));
}

#[test]
fn keyword_stuffing_is_discounted() {
    let stuffed = "#sustainable #eco #green #zerowaste #kindness #community #love #family";
    let s = read(stuffed);
    assert!(s.stuffing > 0.8, "stuffing {}", s.stuffing);
    let real = read("We fixed the neighbour's fence with leftover wood and shared soup with everyone on the street.");
    assert!(real.stuffing < 0.2, "real {}", real.stuffing);
    let stuffer = creator((1..=8).map(|i| post(i, stuffed, i as u32)).collect());
    let doer = creator(
        (1..=8)
            .map(|i| post(i, "Repaired another jacket with patches from old jeans instead of buying new. Zero waste, one stitch at a time.", i as u32))
            .collect(),
    );
    assert!(score(&doer, "sustainability") > 2.0 * score(&stuffer, "sustainability"));
}

#[test]
fn sponsored_posts_count_less_flag_or_marker() {
    let text = "Repaired my old boots instead of buying new ones, second-hand laces and all.";
    let own = creator((1..=6).map(|i| post(i, text, i as u32)).collect());
    let flagged = creator(
        (1..=6)
            .map(|i| Post {
                sponsored: true,
                ..post(i, text, i as u32)
            })
            .collect(),
    );
    let marked = creator(
        (1..=6)
            .map(|i| post(i, &format!("{text} #ad"), i as u32))
            .collect(),
    );
    let s_own = score(&own, "sustainability");
    assert!(score(&flagged, "sustainability") < 0.6 * s_own);
    assert!(score(&marked, "sustainability") < 0.6 * s_own);
    assert_eq!(model().read_creator(&marked).signals.sponsored_share, 1.0);
    // Markers are whole hashtags: #adoptdontshop is not an ad.
    assert!(!read("Meet Luna, rescued last week #adoptdontshop").sponsor_marker);
}

#[test]
fn bio_only_claims_are_weak() {
    let mut c = creator((1..=6).map(|i| post(i, FILLER, i as u32)).collect());
    c.bio = Some("Eco warrior, zero waste, sustainability, recycling, climate activist".into());
    let bio_only = score(&c, "sustainability");
    assert!(bio_only > 0.0 && bio_only < 0.1, "{bio_only}");
}

#[test]
fn contradictions_accumulate_against_a_value() {
    let posts = vec![
        post(1, "Zero waste tip: bring jars to the market.", 1),
        post(
            2,
            "Weekend flight to Ibiza just for the party, again! Fast fashion haul for the trip.",
            2,
        ),
        post(3, "New diesel pickup truck arrived today, what a beast.", 3),
    ];
    assert!(against(&creator(posts), "sustainability") > 0.3);
    let clean = vec![post(1, "Zero waste tip: bring jars to the market.", 1)];
    assert_eq!(against(&creator(clean), "sustainability"), 0.0);
}

#[test]
fn statements_in_any_language_map_to_the_same_values() {
    let en =
        model().read_statement("We make sneakers from recycled materials that can be repaired.");
    let el =
        model().read_statement("Φτιάχνουμε παπούτσια από ανακυκλωμένα υλικά που επισκευάζονται.");
    let ro = model().read_statement("Facem pantofi din materiale reciclate, care pot fi reparați.");
    for r in [&en, &el, &ro] {
        assert!(r.values.contains_key("sustainability"), "{r:?}");
    }
    assert_eq!(el.language.as_deref(), Some("el"));
}

#[test]
fn signals_round_trip_through_bytes() {
    let c = creator(vec![post(1, "Repaired my bike. Zero waste!", 1)]);
    let r = model().read_creator(&c);
    let bytes = r.signals.to_bytes();
    let back = Signals::from_bytes(
        &bytes,
        model().taxonomy.values.len(),
        model().taxonomy.topics.len(),
    )
    .unwrap();
    assert_eq!(back, r.signals);
    assert!(Signals::from_bytes(&bytes[1..], 18, 12).is_none());
}

#[test]
fn a_weak_value_word_negated_in_passing_is_no_evidence_either_way() {
    let a = v("adventure");
    // "mountain" hints at adventure; "no mountain in sight" rejects nothing.
    let s = read("We drove for hours with no mountain in sight, just fields.");
    assert_eq!((s.shows[a], s.rejects[a]), (0.0, 0.0));
    // A clear value word, negated right away, is a rejection.
    let r = read("Honestly I have no sense of adventure, the sofa is fine.");
    assert!(
        r.rejects[a] > 0.0 && r.shows[a] == 0.0,
        "{:?}",
        (r.shows[a], r.rejects[a])
    );
}

#[test]
fn a_phrase_showing_a_value_wins_over_an_overlapping_contradiction() {
    let w = v("wellbeing");
    // "sin dietas" (shows) overlaps "dietas milagro" (contradiction).
    let s = model().read(&model().analyzer.analyze_as(
        "Sin dietas milagro: fruta, verdura y legumbres cada día.",
        crate::analysis::Language::from_code("es"),
    ));
    assert_eq!(s.contradicts[w], 0.0);
    assert!(s.shows[w] > 0.0);
}

#[test]
fn negation_stays_within_its_phrase_and_inside_matched_phrases() {
    let h = v("honesty");
    let s = read("No hidden fees, no greenwashing, independently tested.");
    assert!(
        s.shows[h] > 0.0 && s.rejects[h] == 0.0,
        "{:?} {:?}",
        s.shows[h],
        s.rejects[h]
    );
    // A comma ends a negation's reach.
    let k = read("We never cut corners, and we repair everything we sell.");
    assert!(k.rejects[v("sustainability")] == 0.0);
}

#[test]
fn a_value_touched_in_passing_weighs_less_than_the_same_words_as_a_posts_subject() {
    // The same family words, once with nothing else to say and once in
    // posts whose subject is an old craft.
    let family_words = [
        "my grandpa came along",
        "my mum held the reeds",
        "grandma watched",
    ];
    let alone = creator(
        family_words
            .iter()
            .enumerate()
            .map(|(i, w)| post(i, &format!("Saturday, {w}. {FILLER}"), 2 * i as u32 + 1))
            .collect(),
    );
    let craft = creator(
        family_words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let text = format!(
                    "Carved a spoon the old way, the traditional craft of our village, \
                     heritage passed down by hand; {w}."
                );
                post(i, &text, 2 * i as u32 + 1)
            })
            .collect(),
    );
    let (a, c) = (score(&alone, "family"), score(&craft, "family"));
    assert!(c > 0.0, "a passing mention still counts a little");
    assert!(c < a, "passing {c} vs subject {a}");
    assert!(score(&craft, "tradition") > c);
}
#[test]
fn focus_keeps_a_posts_main_value_whole() {
    assert_eq!(profile::focus(2.0, 2.0), 1.0);
    assert!(profile::focus(0.5, 2.0) < 1.0 && profile::focus(0.5, 2.0) > 0.0);
    assert_eq!(profile::focus(0.0, 0.0), 0.0);
}

#[test]
fn a_joke_at_a_groups_expense_counts_against_the_value_the_group_words_concern() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("lexicons")).unwrap();
    std::fs::write(
        dir.path().join("lexicons/en.lex"),
        "[joke]\nhaha\nno offence\n[mocked inclusivity]\nthe over-60s\npensioners\n[value inclusivity]\nover-60s\n",
    )
    .unwrap();
    let m = ValueModel::load(&DataSources::with_extra(dir.path())).unwrap();
    let read = |text: &str| {
        m.read(
            &m.analyzer
                .analyze_as(text, crate::analysis::Language::from_code("en")),
        )
    };
    let i = v("inclusivity");
    let joke =
        read("We don't build apps for the over-60s, they'd need a manual for the manual haha");
    // "over-60s" is also an inclusivity word ("classes for the over-60s");
    // named in a joke, it is not evidence for inclusivity, and the laugh at
    // the group's expense shows no humor.
    assert!(
        joke.contradicts[i] > 0.0 && joke.shows[i] == 0.0,
        "{:?}",
        (joke.shows[i], joke.contradicts[i])
    );
    assert_eq!(joke.shows[v("humor")], 0.0);
    // "no offence" is a joke cue; its "no" negates nothing after it.
    let offence = read("No offence to pensioners, they should stay off the internet");
    assert!(offence.contradicts[i] > 0.0);
    // The same group named without a joke, or in a post that shows the value, is fine.
    let plain =
        read("Our Tuesday class is for the over-60s, with chairs for anyone who needs one.");
    assert_eq!(plain.contradicts[i], 0.0);
    assert!(plain.shows[i] > 0.0);
    let kind = read("Pensioners of every background welcome, step-free entrance haha");
    assert!(kind.shows[i] > 0.0);
    assert_eq!(kind.contradicts[i], 0.0);
}

#[test]
fn laughter_that_shows_humor_does_not_mock_humor() {
    let h = v("humor");
    // "lol" is both a mockery cue and a humor word in the English lexicon.
    let s = read("Tried to bake bread and made a brick, hilarious lol");
    assert!(
        s.shows[h] > 0.0 && s.rejects[h] == 0.0,
        "{:?}",
        (s.shows[h], s.rejects[h])
    );
    // It still mocks other values.
    let z = read("Zero waste is a lifestyle now lol");
    assert!(z.rejects[v("sustainability")] > 0.0);
}
