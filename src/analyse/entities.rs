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
//! [`crate::analyse::query`]), or with `match_case = true` are names as written
//! ([`crate::analyse::query::parse_name`]: "Rice" is not "rice"); all entities form
//! one matching group, so the longest alias wins and an occurrence counts
//! once. A corpus uses the `entities.toml` files among its inputs as
//! written, and the names [`crate::analyse::discover`] finds in its text join them
//! (see [`crate::analyse::discover::of_corpus`]). The bundled list is the bundled
//! corpus's own sidecar, never a default for another corpus.

use crate::analyse::query::{self, Pattern};
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

crate::wire::wire_struct!(Entity {
    name,
    kind,
    aliases,
    patterns,
    match_case,
});

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

/// A listed entity without a kind: "other", as for a discovered name whose
/// kind is unsure (never a kind stated with confidence).
fn default_kind() -> String {
    "other".into()
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
        // An alias that does not parse is left out, with a warning; the
        // entity keeps its other aliases (it is left out only when its name
        // itself does not parse, as nothing would then be counted under it).
        let mut patterns = Vec::new();
        let mut kept = Vec::with_capacity(aliases.len());
        for (k, a) in aliases.into_iter().enumerate() {
            let parsed = if raw.match_case {
                query::parse_name(&a).map(|p| vec![p])
            } else {
                query::parse(&a).map(|q| q.alternatives)
            };
            match parsed {
                Ok(p) => {
                    patterns.extend(p);
                    kept.push(a);
                }
                Err(e) if k == 0 => {
                    warnings.push(warn(format!("{which}: left out: the name: {e}")));
                    break;
                }
                Err(e) => {
                    warnings.push(warn(format!("{which}: the alias \"{a}\" is left out: {e}")))
                }
            }
        }
        if kept.first().is_some_and(|n| n == raw.name.trim()) {
            out.push(Entity {
                name: raw.name.trim().to_string(),
                kind: raw.kind,
                aliases: kept,
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

/// A reader's change to a corpus's entities (the page's entity editor),
/// applied by [`apply`] to the whole list, which is then written with
/// [`to_toml`]: what is edited is an entities.toml, so the CLI reads the
/// edits back to the same counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// A new name; the old one stays an alias (it is what the text says).
    Rename {
        /// The entity.
        name: String,
        /// Its new name, which is matched too.
        to: String,
    },
    /// A new kind: person, place, organisation or other.
    Kind {
        /// The entity.
        name: String,
        /// Its kind.
        kind: String,
    },
    /// `name`'s aliases join `into`, and `name` is gone.
    Merge {
        /// The entity merged away.
        name: String,
        /// The entity that takes its aliases.
        into: String,
    },
    /// One alias leaves its entity and becomes an entity of its own.
    Split {
        /// The entity.
        name: String,
        /// One of its aliases other than its name.
        alias: String,
    },
    /// The entity is no longer counted, and a name found in the text with
    /// its name is not used (`hide` in entities.toml).
    Hide {
        /// The entity.
        name: String,
    },
    /// A hidden name may be found again.
    Show {
        /// A name of the `hide` list.
        name: String,
    },
    /// A new entity; its name and aliases match as written (`match_case`).
    Add {
        /// Its name.
        name: String,
        /// Its kind.
        kind: String,
        /// Other forms of its name.
        aliases: Vec<String>,
    },
}

impl Edit {
    /// The edit `op` (rename, kind, merge, split, hide, show, add) of the
    /// entity `name`, with `arg` its new name, kind, the entity it merges
    /// into, the alias split off, or the kind of an added entity, and
    /// `aliases` an added entity's other forms: what the page sends.
    pub fn of(op: &str, name: &str, arg: &str, aliases: Vec<String>) -> Result<Edit, String> {
        let (name, arg) = (name.to_string(), arg.to_string());
        Ok(match op {
            "rename" => Edit::Rename { name, to: arg },
            "kind" => Edit::Kind { name, kind: arg },
            "merge" => Edit::Merge { name, into: arg },
            "split" => Edit::Split { name, alias: arg },
            "hide" => Edit::Hide { name },
            "show" => Edit::Show { name },
            "add" => Edit::Add {
                name,
                kind: arg,
                aliases,
            },
            _ => return Err(format!("\"{op}\" is not an edit of the entity list")),
        })
    }
}

/// The kinds a reader may give an entity.
const EDIT_KINDS: &[&str] = &["person", "place", "organisation", "other"];

/// Applies `edit` to `entities` and the `hide` list. The result is checked
/// by writing it as an entities.toml and reading it back: on any problem
/// (an unknown entity, a name taken, an alias that is not a valid name)
/// the message says what, and nothing is changed.
pub fn apply(
    entities: &mut Vec<Entity>,
    hide: &mut Vec<String>,
    edit: &Edit,
) -> Result<(), String> {
    let mut list = entities.clone();
    let mut hidden = hide.clone();
    let find = |list: &[Entity], name: &str| {
        list.iter()
            .position(|e| e.name == name)
            .ok_or_else(|| format!("there is no entity named \"{name}\""))
    };
    let free = |list: &[Entity], name: &str, except: Option<usize>| {
        let taken = list
            .iter()
            .enumerate()
            .any(|(i, e)| Some(i) != except && e.name == name);
        if name.trim().is_empty() {
            Err("a name cannot be empty".to_string())
        } else if taken {
            Err(format!("\"{name}\" is already an entity's name"))
        } else {
            Ok(())
        }
    };
    match edit {
        Edit::Rename { name, to } => {
            let i = find(&list, name)?;
            let to = to.trim();
            free(&list, to, Some(i))?;
            let e = &mut list[i];
            e.name = to.to_string();
            e.aliases.retain(|a| a != to);
            e.aliases.insert(0, to.to_string());
        }
        Edit::Kind { name, kind } => {
            let i = find(&list, name)?;
            if !EDIT_KINDS.contains(&kind.as_str()) {
                return Err(format!(
                    "kind \"{kind}\" is not one of {}",
                    EDIT_KINDS.join(", ")
                ));
            }
            list[i].kind = kind.clone();
        }
        Edit::Merge { name, into } => {
            let from = find(&list, name)?;
            let to = find(&list, into)?;
            if from == to {
                return Err(format!("\"{name}\" cannot be merged into itself"));
            }
            let gone = list.remove(from);
            let to = if from < to { to - 1 } else { to };
            let e = &mut list[to];
            for a in gone.aliases {
                if !e.aliases.contains(&a) {
                    e.aliases.push(a);
                }
            }
            // A name found in the text matches as written; so does the
            // merged entity, lest "Rice" start to count "rice".
            e.match_case |= gone.match_case;
        }
        Edit::Split { name, alias } => {
            let i = find(&list, name)?;
            if alias == name {
                return Err(format!(
                    "\"{alias}\" is the entity's name: rename the entity first"
                ));
            }
            free(&list, alias, None)?;
            let e = &mut list[i];
            let before = e.aliases.len();
            e.aliases.retain(|a| a != alias);
            if e.aliases.len() == before {
                return Err(format!("\"{alias}\" is not an alias of \"{name}\""));
            }
            let new = Entity {
                name: alias.clone(),
                kind: list[i].kind.clone(),
                aliases: vec![alias.clone()],
                patterns: Vec::new(),
                match_case: list[i].match_case,
            };
            list.insert(i + 1, new);
        }
        Edit::Hide { name } => {
            let i = find(&list, name)?;
            list.remove(i);
            if !hidden.contains(name) {
                hidden.push(name.clone());
            }
        }
        Edit::Show { name } => {
            let before = hidden.len();
            hidden.retain(|h| h != name);
            if hidden.len() == before {
                return Err(format!("\"{name}\" is not hidden"));
            }
        }
        Edit::Add {
            name,
            kind,
            aliases,
        } => {
            let name = name.trim();
            free(&list, name, None)?;
            if !EDIT_KINDS.contains(&kind.as_str()) {
                return Err(format!(
                    "kind \"{kind}\" is not one of {}",
                    EDIT_KINDS.join(", ")
                ));
            }
            let mut all = vec![name.to_string()];
            for a in aliases.iter().map(|a| a.trim()).filter(|a| !a.is_empty()) {
                if !all.iter().any(|x| x == a) {
                    all.push(a.to_string());
                }
            }
            list.push(Entity {
                name: name.to_string(),
                kind: kind.clone(),
                aliases: all,
                patterns: Vec::new(),
                match_case: true,
            });
        }
    }
    // Written and read back: the patterns are made again, and whatever
    // entities.toml would refuse is refused here.
    let (read, warnings) = parse("entities.toml", &to_toml(&list, &hidden));
    if let Some(w) = warnings.first() {
        let message = w
            .message
            .split_once(": ")
            .map_or(w.message.as_str(), |(_, m)| m);
        return Err(message.to_string());
    }
    *entities = read;
    *hide = hidden;
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn entities_parse_with_aliases_and_report_problems() {
        let (e, w) = parse(
            "x/entities.toml",
            "[[entity]]\nname = \"Gustavo Petro\"\nkind = \"person\"\naliases = [\"Petro\", \"Petro\", \"presidente Petro\"]\n\
             [[entity]]\nname = \"ELN\"\n\
             [[entity]]\nname = \"Bad\"\nkind = \"planet\"\n\
             [[entity]]\nname = \"Worse\"\naliases = [\"di*x\", \"Worst\"]\n\
             [[entity]]\nname = \"ELN\"\n\
             [[entity]]\nname = \"x*y\"\n",
        );
        assert_eq!(e.len(), 3, "{e:?}");
        assert_eq!(e[0].aliases, ["Gustavo Petro", "Petro", "presidente Petro"]);
        assert_eq!(e[0].patterns.len(), 3);
        assert_eq!(e[1].kind, "other", "no kind: unsure, so other");
        assert!(e[1].patterns[0][0].caps, "ELN matches capitals only");
        // The bad alias is left out; the entity keeps its name and good alias.
        assert_eq!(e[2].aliases, ["Worse", "Worst"]);
        assert_eq!(e[2].patterns.len(), 2);
        assert_eq!(w.len(), 4, "{w:?}");
        assert!(w[0].message.contains("#3 (Bad)") && w[0].message.contains("planet"));
        assert!(
            w[1].message.contains("#4 (Worse)")
                && w[1].message.contains("\"di*x\" is left out")
                && w[1].message.contains("wildcard"),
            "{w:?}"
        );
        assert!(w[2].message.contains("listed twice"));
        assert!(
            w[3].message.contains("#6 (x*y): left out: the name"),
            "{w:?}"
        );
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

    fn names(list: &[Entity]) -> Vec<&str> {
        list.iter().map(|e| e.name.as_str()).collect()
    }

    /// An edit written `op|name|arg|alias,alias`.
    pub(crate) fn edit(line: &str) -> Edit {
        let mut p = line.split('|');
        let mut next = || p.next().unwrap_or("");
        let (op, name, arg) = (next(), next(), next());
        let aliases = next().split(',').map(str::to_string).collect();
        Edit::of(op, name, arg, aliases).expect("an edit")
    }

    #[test]
    fn edits_rename_merge_split_hide_show_and_add_and_write_back_the_same() {
        // A tennis corpus's list, as discovery might give it.
        let (mut list, _) = parse(
            "entities.toml",
            "[[entity]]\nname = \"Serena Williams\"\nkind = \"person\"\naliases = [\"Serena\"]\nmatch_case = true\n\
             [[entity]]\nname = \"Wimbledon\"\nkind = \"other\"\nmatch_case = true\n\
             [[entity]]\nname = \"All England Club\"\nkind = \"organisation\"\nmatch_case = true\n\
             [[entity]]\nname = \"Melbourne Park\"\nkind = \"place\"\naliases = [\"Rod Laver Arena\"]\n",
        );
        let mut hide = Vec::new();
        let steps = [
            "rename|Serena Williams|S. Williams",
            "kind|Wimbledon|place",
            "merge|All England Club|Wimbledon",
            "split|Melbourne Park|Rod Laver Arena",
            "hide|Melbourne Park",
            "add|Roland-Garros|place|Roland Garros, ",
        ];
        for s in steps {
            apply(&mut list, &mut hide, &edit(s)).unwrap_or_else(|e| panic!("{s}: {e}"));
        }
        assert_eq!(
            names(&list),
            [
                "S. Williams",
                "Wimbledon",
                "Rod Laver Arena",
                "Roland-Garros"
            ]
        );
        assert_eq!(
            list[0].aliases,
            ["S. Williams", "Serena Williams", "Serena"]
        );
        assert_eq!(list[1].kind, "place");
        assert_eq!(list[1].aliases, ["Wimbledon", "All England Club"]);
        assert!(list[1].match_case);
        assert_eq!(
            (list[2].kind.as_str(), list[2].match_case),
            ("place", false)
        );
        assert_eq!(list[3].aliases, ["Roland-Garros", "Roland Garros"]);
        assert!(list[3].match_case, "an added name matches as written");
        assert!(list.iter().all(|e| e.patterns.len() >= e.aliases.len()));
        assert_eq!(hide, ["Melbourne Park"]);
        // What the page downloads reads back to the same list.
        let (again, w) = parse("entities.toml", &to_toml(&list, &hide));
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(again, list);
        apply(&mut list, &mut hide, &edit("show|Melbourne Park")).expect("shown");
        assert!(hide.is_empty());
    }

    #[test]
    fn a_refused_edit_says_why_and_changes_nothing() {
        let (mut list, _) = parse(
            "entities.toml",
            "[[entity]]\nname = \"Angela Merkel\"\nkind = \"person\"\naliases = [\"Merkel\"]\n\
             [[entity]]\nname = \"Bundestag\"\nkind = \"organisation\"\n",
        );
        let before = list.clone();
        let mut hide = vec!["Berlin".to_string()];
        let edit = |line: &str| -> Result<Edit, String> {
            let mut p = line.split('|');
            let mut next = || p.next().unwrap_or("");
            let (op, name, arg) = (next(), next(), next());
            Edit::of(op, name, arg, Vec::new())
        };
        for (s, why) in [
            ("rename|Merkel|A. M.", "no entity named \"Merkel\""),
            ("rename|Angela Merkel|Bundestag", "already an entity's name"),
            ("rename|Angela Merkel|  ", "cannot be empty"),
            ("rename|Angela Merkel|Mer*kel", "wildcard"),
            ("kind|Bundestag|planet", "not one of"),
            ("merge|Bundestag|Bundestag", "into itself"),
            (
                "split|Angela Merkel|Angela Merkel",
                "rename the entity first",
            ),
            ("split|Angela Merkel|Kohl", "not an alias"),
            ("show|Paris", "not hidden"),
            ("paint|Paris|red", "not an edit"),
            ("add|Bundestag|other", "already"),
        ] {
            let e = edit(s)
                .and_then(|x| apply(&mut list, &mut hide, &x))
                .expect_err(s);
            assert!(e.contains(why), "{s}: {e}");
            assert_eq!(list, before, "{s}");
            assert_eq!(hide, ["Berlin"], "{s}");
        }
    }
}
