//! The value taxonomy: the named values, what contradicts them, which values
//! oppose each other, and the topics (niches). Read from `values.toml` data
//! files; a user adds a value by adding a `[[value]]` entry and lexicon words.

use serde::{Deserialize, Serialize};

use crate::datafiles::DataSources;
use crate::error::{Error, Result};

/// One value of the taxonomy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ValueDef {
    pub name: String,
    pub description: String,
    /// The behaviours that contradict the value, in words (documentation only;
    /// the vocabulary is in the lexicons' `[against NAME]` sections).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contradicted_by: Option<String>,
    /// Values that oppose this one (`luxury` and `frugality`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub opposes: Vec<String>,
}

/// One topic (niche).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TopicDef {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Deserialize)]
struct TaxonomyFile {
    #[serde(default)]
    value: Vec<ValueDef>,
    #[serde(default)]
    topic: Vec<TopicDef>,
}

/// The values and topics, in a fixed order that indexes every vector.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Taxonomy {
    pub values: Vec<ValueDef>,
    pub topics: Vec<TopicDef>,
    /// For each value, the indexes of the values it opposes.
    #[serde(skip)]
    opposed: Vec<Vec<usize>>,
}

impl Taxonomy {
    /// Loads every `values.toml` of `sources` (built-in first, then the user's).
    pub fn load(sources: &DataSources) -> Result<Self> {
        let mut values: Vec<ValueDef> = Vec::new();
        let mut topics: Vec<TopicDef> = Vec::new();
        for file in sources.files("", "toml")? {
            if file.stem != "values" {
                continue;
            }
            let parsed: TaxonomyFile = toml::from_str(&file.text).map_err(|e| Error::Data {
                file: file.origin.clone(),
                line: e
                    .span()
                    .map(|s| file.text[..s.start].lines().count().max(1))
                    .unwrap_or(0),
                message: e.message().to_string(),
            })?;
            for v in parsed.value {
                check_name(&v.name, &file.origin)?;
                match values.iter_mut().find(|x| x.name == v.name) {
                    Some(existing) => *existing = v,
                    None => values.push(v),
                }
            }
            for t in parsed.topic {
                check_name(&t.name, &file.origin)?;
                if !topics.iter().any(|x| x.name == t.name) {
                    topics.push(t);
                }
            }
        }
        Self::new(values, topics)
    }

    /// Builds a taxonomy, checking that every opposed value exists.
    pub fn new(values: Vec<ValueDef>, topics: Vec<TopicDef>) -> Result<Self> {
        let mut opposed = Vec::with_capacity(values.len());
        for v in &values {
            let mut idx = Vec::new();
            for o in &v.opposes {
                let i = values
                    .iter()
                    .position(|x| &x.name == o)
                    .ok_or_else(|| Error::Data {
                        file: "values.toml".into(),
                        line: 0,
                        message: format!("value {:?} opposes unknown value {o:?}", v.name),
                    })?;
                idx.push(i);
            }
            opposed.push(idx);
        }
        Ok(Taxonomy {
            values,
            topics,
            opposed,
        })
    }

    pub fn value_index(&self, name: &str) -> Option<usize> {
        self.values.iter().position(|v| v.name == name)
    }

    pub fn topic_index(&self, name: &str) -> Option<usize> {
        self.topics.iter().position(|t| t.name == name)
    }

    pub fn value_names(&self) -> impl Iterator<Item = &str> {
        self.values.iter().map(|v| v.name.as_str())
    }

    /// Indexes of the values that value `i` opposes.
    pub fn opposed(&self, i: usize) -> &[usize] {
        &self.opposed[i]
    }

    /// A short fingerprint of value and topic names, stored with an index so
    /// that a changed taxonomy is noticed.
    pub fn fingerprint(&self) -> String {
        let names: Vec<&str> = self
            .values
            .iter()
            .map(|v| v.name.as_str())
            .chain(std::iter::once("|"))
            .chain(self.topics.iter().map(|t| t.name.as_str()))
            .collect();
        names.join(",")
    }
}

fn check_name(name: &str, origin: &str) -> Result<()> {
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        return Err(Error::Data {
            file: origin.to_string(),
            line: 0,
            message: format!("name {name:?}: use lower-case letters, digits and _"),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_taxonomy_has_the_spec_values_and_topics() {
        let t = Taxonomy::load(&DataSources::builtin_only()).unwrap();
        assert_eq!(t.values.len(), 18);
        assert_eq!(t.topics.len(), 12);
        let lux = t.value_index("luxury").unwrap();
        let fru = t.value_index("frugality").unwrap();
        assert_eq!(t.opposed(lux), [fru]);
        assert_eq!(t.opposed(fru), [lux]);
        assert!(t.topic_index("home").is_some());
    }
}
