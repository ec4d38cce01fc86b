//! Entities: the people, places and groups a reader looks for, with their
//! aliases, read from `entities.toml`.
//!
//! ```toml
//! [[entity]]
//! name = "Gustavo Petro"
//! kind = "person"          # person, place, organisation, other (or group)
//! aliases = ["Petro", "presidente Petro"]
//! ```
//!
//! The name is an alias too. Aliases use the query syntax (see
//! [`crate::query`]), or with `match_case = true` are names as written
//! ([`crate::query::parse_name`]: "Rice" is not "rice"); all entities form
//! one matching group, so the longest alias wins and an occurrence counts
//! once. A corpus uses the `entities.toml` files among its inputs as
//! written, and the names [`crate::discover`] finds in its text join them
//! (see [`crate::discover::of_corpus`]). The bundled list is the bundled
//! corpus's own sidecar, never a default for another corpus.

use crate::query::{self, Pattern};
use crate::read::corpus::{Corpus, Warning};
use serde::Deserialize;

/// One entity and its aliases, parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Display name, unique.
    pub name: String,
    /// person, place, group or organisation.
    pub kind: String,
    /// Name and aliases as written.
    pub aliases: Vec<String>,
    /// Their patterns.
    pub patterns: Vec<Pattern>,
    /// Aliases match only as names are written: a capitalised word of an
    /// alias only a capitalised word (discovered entities; `match_case =
    /// true` in entities.toml).
    pub match_case: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    entity: Vec<Raw>,
    /// Names found in the text that are not to be used (see [`hidden`]).
    #[serde(default)]
    hide: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    name: String,
    #[serde(default = "default_kind")]
    kind: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    match_case: bool,
}

fn default_kind() -> String {
    "group".into()
}

const KINDS: &[&str] = &["person", "place", "organisation", "other", "group"];

/// Parses one entities.toml; problems name the entry. A syntax error
/// yields no entities.
pub fn parse(source: &str, text: &str) -> (Vec<Entity>, Vec<Warning>) {
    let warn = |message: String| Warning {
        source: source.to_string(),
        message,
    };
    let file: File = match toml::from_str(text) {
        Ok(f) => f,
        Err(e) => {
            let msg = e.to_string().trim().replace('\n', " ");
            return (Vec::new(), vec![warn(format!("not read: {msg}"))]);
        }
    };
    let mut out: Vec<Entity> = Vec::new();
    let mut warnings = Vec::new();
    for (n, raw) in file.entity.into_iter().enumerate() {
        let which = format!("[[entity]] #{} ({})", n + 1, raw.name);
        if raw.name.trim().is_empty() {
            warnings.push(warn(format!("{which}: the name is empty")));
            continue;
        }
        if !KINDS.contains(&raw.kind.as_str()) {
            warnings.push(warn(format!(
                "{which}: kind \"{}\" is not one of {}",
                raw.kind,
                KINDS.join(", ")
            )));
            continue;
        }
        if out.iter().any(|e| e.name == raw.name.trim()) {
            warnings.push(warn(format!(
                "{which}: the name is listed twice; the first is kept"
            )));
            continue;
        }
        let mut aliases = vec![raw.name.trim().to_string()];
        for a in raw.aliases {
            let a = a.trim().to_string();
            if !aliases.contains(&a) {
                aliases.push(a);
            }
        }
        let mut patterns = Vec::new();
        let mut ok = true;
        for a in &aliases {
            let parsed = if raw.match_case {
                query::parse_name(a).map(|p| vec![p])
            } else {
                query::parse(a).map(|q| q.alternatives)
            };
            match parsed {
                Ok(p) => patterns.extend(p),
                Err(e) => {
                    warnings.push(warn(format!("{which}: {e}")));
                    ok = false;
                }
            }
        }
        if ok {
            out.push(Entity {
                name: raw.name.trim().to_string(),
                kind: raw.kind,
                aliases,
                patterns,
                match_case: raw.match_case,
            });
        }
    }
    (out, warnings)
}

/// The names its entities.toml files hide (`hide = ["Added", "Culture"]`):
/// names found in the text that are never used, with every alias they
/// would have had. A file that cannot be read hides nothing (its error is
/// reported by [`listed`]).
pub fn hidden(corpus: &Corpus) -> Vec<String> {
    corpus
        .entity_files
        .iter()
        .filter_map(|f| toml::from_str::<File>(&String::from_utf8_lossy(&f.bytes)).ok())
        .flat_map(|f| f.hide)
        .collect()
}

/// The entities its entities.toml files list, in input order.
pub fn listed(corpus: &Corpus) -> (Vec<Entity>, Vec<Warning>) {
    let files: Vec<(String, String)> = corpus
        .entity_files
        .iter()
        .map(|f| {
            (
                f.name.clone(),
                String::from_utf8_lossy(&f.bytes).into_owned(),
            )
        })
        .collect();
    let mut all: Vec<Entity> = Vec::new();
    let mut warnings = Vec::new();
    for (name, text) in files {
        let (entities, w) = parse(&name, &text);
        warnings.extend(w);
        for e in entities {
            if all.iter().any(|x| x.name == e.name) {
                warnings.push(Warning {
                    source: name.clone(),
                    message: format!("entity \"{}\" is already defined; skipped", e.name),
                });
            } else {
                all.push(e);
            }
        }
    }
    (all, warnings)
}

/// `entities` as an entities.toml that [`parse`] reads back to the same
/// entities.
pub fn to_toml(entities: &[Entity], hide: &[String]) -> String {
    let quote = |s: &str| {
        let mut q = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => q.push_str("\\\""),
                '\\' => q.push_str("\\\\"),
                c if c.is_control() => q.push_str(&format!("\\u{:04X}", c as u32)),
                c => q.push(c),
            }
        }
        q.push('"');
        q
    };
    let mut out = String::new();
    if !hide.is_empty() {
        let names: Vec<String> = hide.iter().map(|h| quote(h)).collect();
        out.push_str(&format!("hide = [{}]\n\n", names.join(", ")));
    }
    for e in entities {
        out.push_str("[[entity]]\n");
        out.push_str(&format!("name = {}\n", quote(&e.name)));
        out.push_str(&format!("kind = {}\n", quote(&e.kind)));
        let aliases: Vec<String> = e
            .aliases
            .iter()
            .filter(|a| **a != e.name)
            .map(|a| quote(a))
            .collect();
        if !aliases.is_empty() {
            out.push_str(&format!("aliases = [{}]\n", aliases.join(", ")));
        }
        if e.match_case {
            out.push_str("match_case = true\n");
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_parse_with_aliases_and_report_problems() {
        let (e, w) = parse(
            "x/entities.toml",
            "[[entity]]\nname = \"Gustavo Petro\"\nkind = \"person\"\naliases = [\"Petro\", \"Petro\", \"presidente Petro\"]\n\
             [[entity]]\nname = \"ELN\"\n\
             [[entity]]\nname = \"Bad\"\nkind = \"planet\"\n\
             [[entity]]\nname = \"Worse\"\naliases = [\"di*x\"]\n\
             [[entity]]\nname = \"ELN\"\n",
        );
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].aliases, ["Gustavo Petro", "Petro", "presidente Petro"]);
        assert_eq!(e[0].patterns.len(), 3);
        assert_eq!(e[1].kind, "group");
        assert!(e[1].patterns[0][0].caps, "ELN matches capitals only");
        assert_eq!(w.len(), 3, "{w:?}");
        assert!(w[0].message.contains("#3 (Bad)") && w[0].message.contains("planet"));
        assert!(w[1].message.contains("#4 (Worse)") && w[1].message.contains("wildcard"));
        assert!(w[2].message.contains("listed twice"));
        let (e, w) = parse("entities.toml", "[[entity]\nname=1");
        assert!(e.is_empty() && w[0].message.starts_with("not read:"));
    }

    #[test]
    fn the_bundled_list_parses_cleanly() {
        let (e, w) = parse("seeds/entities.toml", crate::seeds::ENTITIES);
        assert!(w.is_empty(), "{w:?}");
        for name in [
            "Gustavo Petro",
            "Donald Trump",
            "United States",
            "Nicolás Maduro",
            "Marco Rubio",
            "Colombia",
            "Venezuela",
            "Delcy Rodríguez",
            "ELN",
        ] {
            assert!(e.iter().any(|x| x.name == name), "{name} missing");
        }
    }
}
