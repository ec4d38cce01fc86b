//! The layout rules of DESIGN.md: no module of `src/` imports in a cycle,
//! and a lower stage never imports a higher one (`read/` before
//! `analyse/` before `show/`); the page's ES modules (`www/`) import in no
//! cycle either.
//!
//! A module's imports are the `crate::…` paths of its code (its test
//! module and its comments left out: a test may use what it tests from
//! above), each taken to the longest module it names. A cycle among them
//! fails the test, which names it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path (`read::corpus`) → source file.
fn modules(src: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is readable") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path
                    .strip_prefix(src)
                    .expect("under src")
                    .with_extension("");
                let mut parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                if parts.last().is_some_and(|p| p == "mod") {
                    parts.pop();
                }
                let text = std::fs::read_to_string(&path).expect("a source file");
                out.insert(parts.join("::"), text);
            }
        }
    }
    out
}

/// The code of a module: without its test module (at the end, as in
/// every file here) and without comment lines.
fn code(text: &str) -> String {
    let end = [
        "#[cfg(test)]\nmod tests",
        "#[cfg(test)]\npub(crate) mod tests",
    ]
    .iter()
    .filter_map(|m| text.find(m))
    .min()
    .unwrap_or(text.len());
    text[..end]
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Each module's imports of other modules.
fn imports(mods: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (name, text) in mods {
        let code = code(text);
        let mut to = BTreeSet::new();
        for (at, _) in code.match_indices("crate::") {
            let path: Vec<&str> = code[at + 7..]
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                .next()
                .unwrap_or("")
                .split("::")
                .take_while(|p| p.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
                .collect();
            if let Some(m) = (1..=path.len())
                .rev()
                .map(|k| path[..k].join("::"))
                .find(|m| mods.contains_key(m))
                .filter(|m| m != name)
            {
                to.insert(m);
            }
        }
        out.insert(name.clone(), to);
    }
    out
}

/// A cycle of the graph, if any, as the modules along it.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    // 0: not seen, 1: on the current path, 2: done.
    let mut state: BTreeMap<&str, u8> = BTreeMap::new();
    fn visit<'a>(
        m: &'a str,
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<&'a str, u8>,
        path: &mut Vec<&'a str>,
    ) -> Option<Vec<String>> {
        state.insert(m, 1);
        path.push(m);
        for next in graph.get(m).into_iter().flatten() {
            match state.get(next.as_str()).copied().unwrap_or(0) {
                1 => {
                    let from = path.iter().position(|p| p == next).unwrap_or(0);
                    let mut c: Vec<String> = path[from..].iter().map(|s| s.to_string()).collect();
                    c.push(next.clone());
                    return Some(c);
                }
                0 => {
                    if let Some(c) = visit(next, graph, state, path) {
                        return Some(c);
                    }
                }
                _ => {}
            }
        }
        path.pop();
        state.insert(m, 2);
        None
    }
    for m in graph.keys() {
        if state.get(m.as_str()).copied().unwrap_or(0) == 0
            && let Some(c) = visit(m, graph, &mut state, &mut Vec::new())
        {
            return Some(c);
        }
    }
    None
}

#[test]
fn no_module_imports_in_a_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mods = modules(&src);
    assert!(mods.len() > 20, "the modules of src/ are read");
    let graph = imports(&mods);
    assert!(
        graph["analyse::analysis"].contains("analyse::mentions")
            && graph["read::html"].contains("read::dom"),
        "imports are found"
    );
    if let Some(c) = cycle(&graph) {
        panic!("modules import in a cycle: {}", c.join(" → "));
    }
}

#[test]
fn a_lower_stage_never_imports_a_higher_one() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = imports(&modules(&src));
    let stage = |m: &str| {
        ["read", "analyse", "show"]
            .iter()
            .position(|s| m == *s || m.starts_with(&format!("{s}::")))
    };
    let mut wrong = Vec::new();
    for (from, to) in &graph {
        for t in to {
            if let (Some(a), Some(b)) = (stage(from), stage(t))
                && b > a
            {
                wrong.push(format!("{from} → {t}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "a lower stage imports a higher one: {wrong:?}"
    );
}

#[test]
fn the_check_finds_a_cycle_it_is_shown() {
    let mut mods = BTreeMap::new();
    mods.insert("a".to_string(), "use crate::b::Thing;\n".to_string());
    mods.insert(
        "b".to_string(),
        "// crate::a in a comment is no import\nfn f() { crate::c::g() }\n#[cfg(test)]\nmod tests { use crate::a; }\n"
            .to_string(),
    );
    mods.insert("c".to_string(), "use crate::a::{self, X};\n".to_string());
    let graph = imports(&mods);
    assert_eq!(
        cycle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    mods.insert("c".to_string(), "use crate::b;\n".to_string());
    let graph = imports(&mods);
    assert_eq!(
        cycle(&graph),
        Some(vec!["b".into(), "c".into(), "b".into()])
    );
    mods.insert("c".to_string(), String::new());
    assert_eq!(cycle(&imports(&mods)), None);
}

/// The page's ES modules (`www/…/x.js`, by path under `www/`) → the
/// modules each imports (`import … from './y.js'`, resolved).
fn web_imports(www: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    let mut stack = vec![www.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("www is readable") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "js") {
                files.push(path);
            }
        }
    }
    let mut out = BTreeMap::new();
    for path in files {
        let name = |p: &Path| {
            p.strip_prefix(www)
                .expect("under www")
                .to_string_lossy()
                .replace('\\', "/")
        };
        let text = std::fs::read_to_string(&path).expect("a module");
        let mut to = BTreeSet::new();
        for line in text.lines() {
            let line = line.trim_start();
            if !(line.starts_with("import ") || line.starts_with("export ")) {
                continue;
            }
            let Some(at) = line.find(" from '") else {
                continue;
            };
            let spec = &line[at + 7..];
            let spec = &spec[..spec.find('\'').unwrap_or(spec.len())];
            let mut parts: Vec<&str> = Vec::new();
            let dir = path.parent().expect("a folder");
            for part in dir
                .strip_prefix(www)
                .expect("under www")
                .to_str()
                .expect("a UTF-8 path")
                .split('/')
                .filter(|p| !p.is_empty())
                .chain(spec.split('/'))
            {
                match part {
                    "." => {}
                    ".." => {
                        parts.pop();
                    }
                    p => parts.push(p),
                }
            }
            to.insert(parts.join("/"));
        }
        out.insert(name(&path), to);
    }
    out
}

#[test]
fn no_page_module_imports_in_a_cycle() {
    let www = Path::new(env!("CARGO_MANIFEST_DIR")).join("www");
    let graph = web_imports(&www);
    assert!(graph.len() > 20, "the page's modules are read: {graph:?}");
    assert!(
        graph["main.js"].contains("views/day.js")
            && graph["views/day.js"].contains("views/mentions.js")
            && graph["dom.js"].contains("words.js"),
        "imports are found: {graph:?}"
    );
    for (m, to) in &graph {
        for t in to {
            assert!(graph.contains_key(t), "{m} imports {t}, which is no module");
        }
    }
    if let Some(c) = cycle(&graph) {
        panic!("page modules import in a cycle: {}", c.join(" → "));
    }
}

#[test]
fn the_file_types_are_the_core_s_everywhere() {
    // The core's list (read/corpus.rs) is the CLI's and, through the
    // engine, the page's; the file picker's accept list and the build's
    // baked corpus are written elsewhere and must say the same.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let want: BTreeSet<String> = dateline::read::corpus::TEXT_EXTENSIONS
        .iter()
        .map(|e| format!(".{e}"))
        .collect();
    let html = std::fs::read_to_string(root.join("www/index.html")).expect("index.html");
    let accept = html
        .split("id=\"file-input\"")
        .nth(1)
        .and_then(|rest| rest.split("accept=\"").nth(1))
        .and_then(|rest| rest.split('"').next())
        .expect("the file picker's accept list");
    let mut picker: BTreeSet<String> = accept.split(',').map(str::to_string).collect();
    assert!(
        picker.remove(".toml"),
        "the picker takes the sidecars: {accept}"
    );
    assert_eq!(picker, want, "www/index.html's accept list");
    let tool = std::fs::read_to_string(root.join("tests/tools/assemble.py")).expect("assemble.py");
    let exts = tool
        .split("exts = {")
        .nth(1)
        .and_then(|rest| rest.split('}').next())
        .expect("assemble.py's exts");
    let baked: BTreeSet<String> = exts
        .split(',')
        .map(|e| e.trim().trim_matches('"').to_string())
        .collect();
    assert_eq!(baked, want, "tests/tools/assemble.py's exts");
    // And the rule itself: by extension, in any case, a dot file is none.
    for (name, text) in [
        ("a/b/notes.TXT", true),
        ("page.htm", true),
        ("story.xhtml", true),
        ("scan.pdf", false),
        (".md", false),
        ("corpus.toml", false),
    ] {
        assert_eq!(dateline::read::corpus::is_text_file(name), text, "{name}");
    }
}
