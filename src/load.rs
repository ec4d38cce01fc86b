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

use crate::analysis::{Analysis, Stepper, Want};
use crate::corpus::{Corpus, SourceFile, is_manifest, is_sidecar};
use crate::entities;
use crate::mentions::SeriesSet;

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
}

/// The corpus put together so far and its analysis so far.
struct Stream {
    corpus: Corpus,
    stepper: Stepper,
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
        }
    }

    /// Reads a batch of files (text files and sidecars), in order after
    /// those added before; refused once [`Loader::step`] was called.
    pub fn add(&mut self, files: Vec<SourceFile>) -> Result<(), &'static str> {
        if self.closed {
            return Err("files cannot be added once the last steps of the analysis have begun");
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
            Some(stream) => stream.corpus.append(part),
            None => self.parts.push(part),
        }
        Ok(())
    }

    /// Analyses about `bytes` of the text added so far, if the analysis can
    /// start before every file is in (no `corpus.toml` so far); false when
    /// nothing was analysed.
    pub fn analyse_added(&mut self, bytes: usize) -> bool {
        if self.stream.is_none() {
            if self.sidecars.iter().any(|f| is_manifest(&f.name)) {
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

    /// Puts the parts read so far together (with the manifest, if any) and
    /// starts analysing them.
    fn start(&mut self) {
        let sidecars: Vec<&SourceFile> = self.sidecars.iter().collect();
        let corpus = Corpus::assemble(std::mem::take(&mut self.parts), &sidecars);
        let (entities, _) = entities::of_corpus(&corpus);
        let (series, _) = SeriesSet::new(&[], &entities);
        let stepper = Stepper::new(&series, &entities, self.want);
        self.stream = Some(Stream { corpus, stepper });
    }
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
}
