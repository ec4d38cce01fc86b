//! A corpus read a batch of files at a time and analysed while it comes
//! in: what the page's worker does with a folder, so that the analysis
//! runs while the browser reads the next files rather than after them all.
//!
//! The result is the same as [`Corpus::from_files`] of all the files
//! followed by [`crate::analysis::run`] with every entity as a series and
//! no query (the tests below say so for every way of
//! cutting the files into batches). That holds because the analysis of an
//! article depends on the article, the entity lists and the manifest
//! (`corpus.toml`, which can date and retitle any article) alone:
//!
//! - Articles are analysed in corpus order, a step at a time
//!   ([`crate::analysis::Stepper`]), as soon as they are read, once the stream has
//!   started.
//! - The stream starts at the first [`Loader::analyse_added`] if no
//!   `corpus.toml` has been added (the page hands the sidecar files over
//!   first); otherwise, and when nothing asked for it, at the first
//!   [`Loader::step`], when every file is in.
//! - A sidecar file added after the stream started (an `entities.toml`
//!   changes what is recognised, a `corpus.toml` what is dated) stops it:
//!   what was analysed is dropped and the analysis starts again from the
//!   first article once every file is in.
//!
//! A large folder can be read by two instances of the engine (the page's
//! two workers; a page opened from disk has no shared-memory threads): a
//! [`Loader::second`] is given the later files and the same sidecar files,
//! and hands over what it analysed a step at a time
//! ([`Loader::hand_over_analysed`], then [`Loader::hand_over`] for the
//! rest), as bytes (`crate::wire`), dropping it; the first takes each
//! hand-over ([`Loader::take_over`]) and joins them, in order, after its
//! own articles. The merge is the one native threads use, so the result is
//! again the same as reading everything at once (a test cuts the files at
//! every place). Only a manifest that names none of the second's files is
//! allowed: the manifest is applied in the first instance.

use crate::analysis::{Analysis, Part, Stepper, Want};
use crate::entities;
use crate::mentions::SeriesSet;
use crate::read::corpus::{Corpus, SourceFile, is_manifest, is_sidecar};
use crate::wire::{Reader, Wire};

/// The first bytes of a hand-over ([`Loader::hand_over`]): what it is and
/// the version of its form.
const HANDOVER: &[u8; 4] = b"DLH1";

/// Files read so far, and their analysis once it has started.
pub struct Loader {
    want: Want,
    /// Set by the first [`Loader::step`]: every file is in.
    closed: bool,
    /// Parts read and not in the stream yet, in order.
    parts: Vec<Corpus>,
    /// The sidecar files (`corpus.toml`, `entities.toml`), in order.
    sidecars: Vec<SourceFile>,
    stream: Option<Stream>,
    /// Made by [`Loader::second`]: the manifests only say which files it
    /// must not be given.
    second: bool,
    /// Set by the first hand-over or take-over: the sidecar files are
    /// settled (both instances must have analysed with the same ones).
    exchanged: bool,
    /// Parts taken over from a second instance, in order, to join once
    /// every file of this one is in and analysed.
    handed: Vec<(Corpus, Vec<Part>)>,
}

/// The corpus put together so far and its analysis so far.
struct Stream {
    corpus: Corpus,
    stepper: Stepper,
    /// Where the warnings of the files read end and those of applying the
    /// manifest begin: the warnings of files taken over go there.
    read_warnings: usize,
}

impl Loader {
    /// A load that will run the analyses in `want`, with every entity as a
    /// series and no query.
    pub fn new(want: Want) -> Loader {
        Loader {
            want,
            closed: false,
            parts: Vec::new(),
            sidecars: Vec::new(),
            stream: None,
            second: false,
            exchanged: false,
            handed: Vec::new(),
        }
    }

    /// A load of the later files of a folder, in a second instance of the
    /// engine, for [`Loader::hand_over`]. A `corpus.toml` is not applied
    /// here (it names files of its folder, which must all be in the first
    /// instance, see [`Loader::hand_over`]); its entities.toml files must
    /// be the first instance's.
    pub fn second(want: Want) -> Loader {
        Loader {
            second: true,
            ..Loader::new(want)
        }
    }

    /// Reads a batch of files (text files and sidecars), in order after
    /// those added before; refused once [`Loader::step`] was called.
    pub fn add(&mut self, files: Vec<SourceFile>) -> Result<(), &'static str> {
        if self.closed {
            return Err("files cannot be added once the last steps of the analysis have begun");
        }
        if self.exchanged && files.iter().any(|f| is_sidecar(&f.name)) {
            return Err("a corpus.toml or entities.toml cannot come after a hand-over began");
        }
        let part = Corpus::read_part(&files);
        let new_sidecars: Vec<SourceFile> =
            files.into_iter().filter(|f| is_sidecar(&f.name)).collect();
        if !new_sidecars.is_empty()
            && let Some(stream) = self.stream.take()
        {
            // What the stream analysed may change: its articles go back to
            // the parts, to be analysed again once every file is in.
            self.parts.insert(0, stream.corpus);
        }
        self.sidecars.extend(new_sidecars);
        match &mut self.stream {
            Some(stream) => stream.append_read(part),
            None => self.parts.push(part),
        }
        Ok(())
    }

    /// Analyses about `bytes` of the text added so far, if the analysis can
    /// start before every file is in (no `corpus.toml` so far); false when
    /// nothing was analysed.
    pub fn analyse_added(&mut self, bytes: usize) -> bool {
        if self.stream.is_none() {
            if !self.second && self.has_manifest() {
                return false;
            }
            self.start();
        }
        let Some(s) = self.stream.as_mut() else {
            return false;
        };
        if s.stepper.analysed() >= s.corpus.articles.len() {
            return false;
        }
        s.stepper.step(&s.corpus, bytes.max(1));
        true
    }

    /// Once every file is in: analyses about `bytes` more of the text and
    /// returns the share of the articles analysed, 1 when all are.
    pub fn step(&mut self, bytes: usize) -> f64 {
        self.closed = true;
        if self.stream.is_none() {
            self.start();
        }
        let Some(s) = self.stream.as_mut() else {
            return 1.0;
        };
        if s.stepper.step(&s.corpus, bytes.max(1)) {
            // Every article of this instance is analysed: the parts taken
            // over follow them.
            for (corpus, parts) in self.handed.drain(..) {
                s.stepper.adopt(parts, corpus.articles.len());
                s.append_read(corpus);
            }
            1.0
        } else {
            s.stepper.done(&s.corpus).min(0.999)
        }
    }

    /// The corpus, as [`Corpus::from_files`] of every file added reads
    /// it, and its analysis (whatever is not analysed yet is analysed now).
    pub fn finish(mut self) -> (Corpus, Analysis) {
        while self.step(usize::MAX) < 1.0 {}
        let Some(s) = self.stream else {
            // `step` starts the stream.
            return (Corpus::default(), Analysis::default());
        };
        let analysis = s.stepper.finish(&s.corpus);
        (s.corpus, analysis)
    }

    /// Whether a `corpus.toml` is among the files.
    fn has_manifest(&self) -> bool {
        self.sidecars.iter().any(|f| is_manifest(&f.name))
    }

    /// In a second instance of the engine ([`Loader::second`]), given the
    /// later files of a folder (the page's second worker): analyses every
    /// file added and hands the rest over, as [`Loader::hand_over_analysed`]
    /// does; the last hand-over of a load.
    pub fn hand_over(&mut self) -> Result<Vec<u8>, String> {
        if self.second {
            while self.analyse_added(usize::MAX) {}
        }
        self.hand_over_analysed()
    }

    /// In a second instance ([`Loader::second`]): the articles analysed so
    /// far, their unmerged analysis, and the warnings and removed words of
    /// the files read so far, as bytes for [`Loader::take_over`] in the
    /// instance given the earlier files; they are dropped here, so that a
    /// large folder is never held by both instances at once. Refused when
    /// a `corpus.toml` added names a file added here: the manifest can
    /// date it, and is applied in the first instance.
    pub fn hand_over_analysed(&mut self) -> Result<Vec<u8>, String> {
        if !self.second {
            return Err("only a second load (Loader::second) hands over".into());
        }
        let mut sources: Vec<&str> = self
            .parts
            .iter()
            .chain(self.stream.as_ref().map(|s| &s.corpus))
            .flat_map(|c| c.articles.iter().map(|a| a.source.as_str()))
            .collect();
        sources.sort_unstable();
        for f in self.sidecars.iter().filter(|f| is_manifest(&f.name)) {
            let (entries, _) =
                crate::read::manifest::parse(&f.name, &String::from_utf8_lossy(&f.bytes));
            if let Some(e) = entries
                .iter()
                .find(|e| sources.binary_search(&e.source.as_str()).is_ok())
            {
                return Err(format!(
                    "{} names {}: a folder with its corpus.toml is read in one piece",
                    f.name, e.source
                ));
            }
        }
        if self.stream.is_none() {
            self.start();
        }
        self.exchanged = true;
        let Some(s) = self.stream.as_mut() else {
            return Err("nothing was analysed".into());
        };
        let done = s.stepper.analysed();
        let part = Corpus {
            articles: s.corpus.articles.drain(..done).collect(),
            warnings: std::mem::take(&mut s.corpus.warnings),
            entity_files: s.corpus.entity_files.clone(),
            removed_words: std::mem::take(&mut s.corpus.removed_words),
        };
        s.read_warnings = 0;
        let parts = s.stepper.hand_over_done();
        // Room for the text, a tenth more and the ids: the buffer is not
        // copied as it grows.
        let text: usize = part
            .articles
            .iter()
            .map(|a| crate::analysis::text_bytes(a) + 2 * a.id.len() + 64)
            .sum();
        let mut out = Vec::with_capacity(text + text / 10 + 1024);
        out.extend_from_slice(HANDOVER);
        want_flags(self.want).put(&mut out);
        part.put(&mut out);
        parts.put(&mut out);
        Ok(out)
    }

    /// Takes what [`Loader::hand_over_analysed`] or [`Loader::hand_over`]
    /// returned in another instance that was given the files after every
    /// file added here, and the same sidecar files: hand-overs are taken in
    /// the order they were made, and joined after this instance's own
    /// articles once every file is in ([`Loader::step`]). Text files may
    /// still be added here; sidecar files may not. Bytes that are cut,
    /// damaged or from other analyses or entity lists are refused, and
    /// nothing changes; the indices inside the parts are trusted to come
    /// from the same build of the engine (the page's own second worker).
    pub fn take_over(&mut self, bytes: &[u8]) -> Result<(), String> {
        let damaged = |e: crate::wire::Error| e.to_string();
        let Some(rest) = bytes.strip_prefix(HANDOVER) else {
            return Err("not an analysis handed over by this version of dateline".into());
        };
        let mut r = Reader::new(rest);
        if <[bool; 4]>::take(&mut r).map_err(damaged)? != want_flags(self.want) {
            return Err("the handed-over analysis ran other analyses".into());
        }
        let corpus = Corpus::take(&mut r).map_err(damaged)?;
        let parts = Vec::<Part>::take(&mut r).map_err(damaged)?;
        if !r.is_empty() {
            return Err("the handed-over analysis is damaged: bytes are left over".into());
        }
        if parts.iter().map(Part::articles).sum::<usize>() != corpus.articles.len() {
            return Err("the handed-over analysis does not match its articles".into());
        }
        let own: Vec<&SourceFile> = self
            .sidecars
            .iter()
            .filter(|f| !is_manifest(&f.name))
            .collect();
        if !own.iter().copied().eq(corpus.entity_files.iter()) {
            return Err("the handed-over analysis used other entities.toml files".into());
        }
        self.exchanged = true;
        self.handed.push((corpus, parts));
        Ok(())
    }

    /// Puts the parts read so far together (with the manifest, if any) and
    /// starts analysing them.
    fn start(&mut self) {
        let sidecars: Vec<&SourceFile> = self
            .sidecars
            .iter()
            .filter(|f| !(self.second && is_manifest(&f.name)))
            .collect();
        let (corpus, read_warnings) =
            Corpus::assemble_marked(std::mem::take(&mut self.parts), &sidecars);
        let (entities, _) = entities::of_corpus(&corpus);
        let (series, _) = SeriesSet::new(&[], &entities);
        let stepper = Stepper::new(&series, &entities, self.want);
        self.stream = Some(Stream {
            corpus,
            stepper,
            read_warnings,
        });
    }
}

impl Stream {
    /// Adds a part read after the files so far: its articles at the end,
    /// its warnings after theirs (before those of applying the manifest,
    /// as when every file is read at once).
    fn append_read(&mut self, mut part: Corpus) {
        let warnings = std::mem::take(&mut part.warnings);
        let at = self.read_warnings;
        self.read_warnings += warnings.len();
        self.corpus.warnings.splice(at..at, warnings);
        self.corpus.append(part);
    }
}

/// The analyses asked for, as flags that go with a hand-over.
fn want_flags(w: Want) -> [bool; 4] {
    [w.counts, w.sentiment, w.events, w.lean_articles]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis;
    use crate::seeds;

    fn file(name: &str, text: &str) -> SourceFile {
        SourceFile {
            name: name.to_string(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    /// Texts of my own: dated by file name, by their text, and undated; one
    /// names "Ana Ruiz", whom only the folder's entities.toml knows.
    fn own_texts() -> Vec<SourceFile> {
        vec![
            file(
                "mine/2026-02-03-talks.txt",
                "Talks resume\nPetro said on Thursday that the U.S. would not impose sanctions. Ana Ruiz met Rubio on Monday and they agreed to cooperate.",
            ),
            file(
                "mine/note.txt",
                "Undated note\nThe ELN attacked a base in Colombia in January 2024, the army said after the strike. Ana Ruiz condemned it.",
            ),
            file(
                "mine/report.txt",
                "Border report\nMarch 9, 2026\nThe mayor of Cúcuta praised the generous aid and the fine deal struck with Venezuela last week.",
            ),
            file(
                "mine/2026-02-05-calm.txt",
                "Calm\nNothing happened here, said no one at all, not even the mayor of Bogotá.",
            ),
        ]
    }

    const ENTITIES: &str =
        "[[entity]]\nname = \"Ana Ruiz\"\naliases = [\"Ruiz\"]\nkind = \"person\"\n";
    const MANIFEST: &str = "[[article]]\nfile = \"note.txt\"\ndate = \"2026-02-04\"\nnote = \"The day before the calm note.\"\n";

    /// What the loader must give: every file read at once, then analysed.
    fn expected(files: &[SourceFile], want: Want) -> (Corpus, Analysis) {
        let corpus = Corpus::from_files(files);
        let (ents, _) = entities::of_corpus(&corpus);
        let (series, _) = SeriesSet::new(&[], &ents);
        let analysis = analysis::run(&corpus, &series, &ents, want);
        (corpus, analysis)
    }

    /// Loads `files` in batches of `batch`, asking for `bytes` of analysis
    /// after each batch, then steps to the end.
    fn load(
        files: &[SourceFile],
        batch: usize,
        bytes: usize,
        want: Want,
    ) -> (Corpus, Analysis, usize) {
        let mut loader = Loader::new(want);
        let mut early = 0;
        for chunk in files.chunks(batch) {
            loader
                .add(chunk.to_vec())
                .expect("adding before the last steps");
            if loader.analyse_added(bytes) {
                early += 1;
            }
        }
        let mut steps = 0;
        while loader.step(bytes) < 1.0 {
            steps += 1;
            assert!(steps < 10_000, "the steps end");
        }
        let (corpus, analysis) = loader.finish();
        (corpus, analysis, early)
    }

    #[test]
    fn a_load_in_batches_equals_reading_everything_then_analysing() {
        let want = Want {
            lean_articles: true,
            ..Want::all()
        };
        let seeds = seeds::files();
        let mut sidecars_first = vec![file("mine/entities.toml", ENTITIES)];
        sidecars_first.extend(own_texts());
        let mut entities_late = own_texts();
        entities_late.insert(2, file("mine/entities.toml", ENTITIES));
        let mut with_manifest = vec![file("mine/corpus.toml", MANIFEST)];
        with_manifest.extend(own_texts());
        let mut manifest_late = own_texts();
        manifest_late.push(file("mine/corpus.toml", MANIFEST));
        let cases: Vec<(&str, Vec<SourceFile>)> = vec![
            ("seeds", seeds.clone()),
            ("seeds and mine", [seeds.clone(), own_texts()].concat()),
            ("mine, entities first", sidecars_first),
            ("mine, entities in the middle", entities_late),
            ("mine, manifest first", with_manifest),
            ("mine, manifest last", manifest_late),
            ("seeds, mine and both sidecars", {
                let mut all = seeds.clone();
                all.push(file("mine/entities.toml", ENTITIES));
                all.extend(own_texts());
                all.push(file("mine/corpus.toml", MANIFEST));
                all
            }),
        ];
        for (what, files) in &cases {
            let (corpus, analysis) = expected(files, want);
            for batch in [1, 2, 3, files.len()] {
                for bytes in [1, 500, usize::MAX] {
                    let (c, a, _) = load(files, batch, bytes, want);
                    assert!(
                        c == corpus,
                        "{what}, batches of {batch}, {bytes} bytes: the corpus"
                    );
                    assert!(
                        a == analysis,
                        "{what}, batches of {batch}, {bytes} bytes: the analysis"
                    );
                }
            }
        }
    }

    #[test]
    fn the_analysis_runs_while_files_come_in_unless_a_manifest_came() {
        let want = Want::all();
        let mut files = vec![file("mine/entities.toml", ENTITIES)];
        files.extend(own_texts());
        // A batch per file: each text is analysed as it comes.
        let (_, a, early) = load(&files, 1, usize::MAX, want);
        assert_eq!(early, own_texts().len(), "one early step per text");
        let ruiz = a
            .counts
            .as_ref()
            .and_then(|c| c.terms.iter().position(|t| t == "Ana Ruiz"));
        assert!(ruiz.is_some(), "the folder's entities are counted");
        // With a corpus.toml among the files, nothing runs before all are in.
        files.insert(1, file("mine/corpus.toml", MANIFEST));
        let (c, a, early) = load(&files, 1, usize::MAX, want);
        assert_eq!(early, 0);
        assert!(
            c.articles
                .iter()
                .any(|x| x.id.starts_with("mine/note.txt") && x.date.is_some()),
            "dated by the manifest"
        );
        assert!((c, a) == expected(&files, want));
        // No file may come in once the last steps began.
        let mut loader = Loader::new(want);
        loader.add(own_texts()).expect("first batch");
        loader.step(1);
        assert!(loader.add(own_texts()).is_err());
    }

    /// Loads `owner`'s files in one loader and `helper`'s in another, the
    /// way the page's two workers do: the second hands over what it has
    /// analysed after each batch, and the first takes each hand-over in
    /// between its own batches.
    fn load_in_two(owner: &[SourceFile], helper: &[SourceFile], want: Want) -> (Corpus, Analysis) {
        // The sidecar files come first, as the page sends them.
        let split = |files: &[SourceFile]| -> (Vec<SourceFile>, Vec<SourceFile>) {
            files.iter().cloned().partition(|f| is_sidecar(&f.name))
        };
        let mut second = Loader::second(want);
        let (sidecars, texts) = split(helper);
        second.add(sidecars).expect("adding");
        let mut handed = Vec::new();
        for chunk in texts.chunks(2) {
            second.add(chunk.to_vec()).expect("adding");
            second.analyse_added(300);
            handed.push(
                second
                    .hand_over_analysed()
                    .expect("no file the manifest names"),
            );
            let left = second
                .stream
                .as_ref()
                .map_or(0, |s| s.corpus.articles.len());
            assert_eq!(left, 0, "what was handed over is dropped");
        }
        handed.push(second.hand_over().expect("no file the manifest names"));
        let mut handed = handed.into_iter();
        let mut first = Loader::new(want);
        let (sidecars, texts) = split(owner);
        first.add(sidecars).expect("adding");
        for chunk in texts.chunks(2) {
            first.add(chunk.to_vec()).expect("adding");
            first.analyse_added(300);
            if let Some(bytes) = handed.next() {
                first.take_over(&bytes).expect("a good hand-over");
            }
        }
        for bytes in handed {
            first.take_over(&bytes).expect("a good hand-over");
        }
        assert!(
            first
                .add(vec![file("mine/entities.toml", ENTITIES)])
                .is_err(),
            "no sidecar comes in after a hand-over"
        );
        first.finish()
    }

    #[test]
    fn two_instances_joined_equal_one_that_read_everything() {
        // The seeds' corpus.toml dates seeds 000, 002 and 003: those must
        // be in the first instance; a cut after them can go anywhere.
        let mut with_entities = vec![file("mine/entities.toml", ENTITIES)];
        with_entities.extend(own_texts());
        with_entities.extend(seeds::files());
        // A manifest entry that matches nothing warns after the files'
        // warnings; a bad file among the later files warns before it.
        let mut ghost = vec![file(
            "mine/corpus.toml",
            "[[article]]\nfile = \"ghost.txt\"\ndate = \"2026-02-04\"\nnote = \"gone\"\n",
        )];
        ghost.push(file("mine/empty.txt", ""));
        ghost.extend(own_texts());
        ghost.push(file("mine/zz.txt", "\u{0}\u{1}\u{2}binary"));
        let cases = [[seeds::files(), own_texts()].concat(), with_entities, ghost];
        let manifest = seeds::files()
            .into_iter()
            .find(|f| is_manifest(&f.name))
            .expect("the seeds' corpus.toml");
        let (entries, _) =
            crate::read::manifest::parse(&manifest.name, &String::from_utf8_lossy(&manifest.bytes));
        let named = |f: &SourceFile| entries.iter().any(|e| e.source == f.name);
        for want in [
            Want::all(),
            Want {
                lean_articles: true,
                ..Want::all()
            },
        ] {
            for files in &cases {
                let (corpus, analysis) = expected(files, want);
                let (sidecars, texts): (Vec<SourceFile>, Vec<SourceFile>) =
                    files.iter().cloned().partition(|f| is_sidecar(&f.name));
                for cut in 0..=texts.len() {
                    let owner = [sidecars.clone(), texts[..cut].to_vec()].concat();
                    let helper = [sidecars.clone(), texts[cut..].to_vec()].concat();
                    if texts[cut..].iter().any(named) {
                        let mut second = Loader::second(want);
                        second.add(helper).expect("adding");
                        let e = second.hand_over();
                        assert!(
                            matches!(&e, Err(m) if m.contains("corpus.toml names")),
                            "{e:?}"
                        );
                        continue;
                    }
                    let (c, a) = load_in_two(&owner, &helper, want);
                    assert!(c == corpus, "cut at {cut}: the corpus");
                    assert!(a == analysis, "cut at {cut}: the analysis");
                }
            }
        }
    }

    #[test]
    fn a_bad_hand_over_is_refused_and_changes_nothing() {
        let want = Want::all();
        // The second load is given the first's sidecars, as the page does.
        let sidecars: Vec<SourceFile> = seeds::files()
            .into_iter()
            .filter(|f| is_sidecar(&f.name))
            .collect();
        let helper = || {
            let mut l = Loader::second(want);
            l.add([sidecars.clone(), own_texts()].concat())
                .expect("adding");
            l
        };
        let bytes = helper().hand_over().expect("no manifest");
        let mut first = Loader::new(want);
        first.add(seeds::files()).expect("adding");
        // Cut short, or with a byte changed in the form's name.
        for cut in [0, 3, 10, bytes.len() / 2, bytes.len() - 1] {
            assert!(first.take_over(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut other = bytes.clone();
        other[0] = b'X';
        assert!(first.take_over(&other).is_err());
        // Other analyses, or other entities.
        let mut lean = Loader::second(Want {
            lean_articles: true,
            ..want
        });
        lean.add([sidecars.clone(), own_texts()].concat())
            .expect("adding");
        let e = first.take_over(&lean.hand_over().expect("handed"));
        assert!(e.is_err_and(|e| e.contains("other analyses")));
        let with = |name: &str, text: &str| {
            let mut l = helper();
            l.add(vec![file(name, text)]).expect("adding");
            l.hand_over()
        };
        let e = first.take_over(&with("mine/entities.toml", ENTITIES).expect("handed"));
        assert!(e.is_err_and(|e| e.contains("entities.toml")));
        // A corpus.toml naming one of the second load's files; only a
        // second load hands over.
        assert!(with("mine/corpus.toml", MANIFEST).is_err());
        let mut plain = Loader::new(want);
        plain.add(own_texts()).expect("adding");
        assert!(plain.hand_over().is_err());
        // After all that the first loader still gives its own corpus.
        first.take_over(&bytes).expect("the good one");
        let all = [seeds::files(), own_texts()].concat();
        assert!(first.finish() == expected(&all, want));
    }
}
