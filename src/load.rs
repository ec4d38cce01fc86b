//! A corpus read a batch of files at a time, then analysed a step at a
//! time: what the page's worker does with a folder, so that the page stays
//! responsive and shows how far it got.
//!
//! The result is the same as [`Corpus::from_files`] of all the files
//! followed by [`crate::analyse::analysis::run`] with every entity as a series and
//! no query (the tests below say so for every way of cutting the files
//! into batches). The analysis starts once every file is in (the first
//! [`Loader::step`]): the entities are the folder's `entities.toml` and
//! the names discovered in all of its texts ([`crate::analyse::discover`]), and a
//! `corpus.toml` can date and retitle any article.
//!
//! A large folder can be read by two instances of the engine (the page's
//! two workers; a page opened from disk has no shared-memory threads): a
//! [`Loader::second`] is given the later files and the same sidecar files,
//! and hands over what it read a batch at a time ([`Loader::hand_over_read`],
//! then [`Loader::hand_over`] for the rest), as bytes (`crate::wire`),
//! dropping it; the first takes each hand-over ([`Loader::take_over`]) and
//! puts them, in order, after its own articles. Reading, decoding and
//! cutting the pages into articles is shared, and so is looking for the
//! names (the second hands over the candidates of its articles, which the
//! first adds to its own); the analysis runs in the first. Only a manifest that names none of the second's files is
//! allowed: the manifest is applied in the first instance.

use crate::analyse::analysis::{Analysis, Stepper, Want};
use crate::analyse::discover;
use crate::analyse::mentions::SeriesSet;
use crate::read::corpus::{Corpus, SourceFile, is_manifest, is_sidecar};
use crate::wire::{Reader, Wire};

/// The first bytes of a hand-over ([`Loader::hand_over`]): what it is and
/// the version of its form.
const HANDOVER: &[u8; 4] = b"DLH3";

/// Files read so far, and their analysis once it has started.
pub struct Loader {
    want: Want,
    /// Set by the first [`Loader::step`]: every file is in.
    closed: bool,
    /// Parts read, in order.
    parts: Vec<Corpus>,
    /// The sidecar files (`corpus.toml`, `entities.toml`), in order.
    sidecars: Vec<SourceFile>,
    stream: Option<Stream>,
    /// Made by [`Loader::second`]: the manifests only say which files it
    /// must not be given.
    second: bool,
    /// Set by the first hand-over or take-over: the sidecar files are
    /// settled (both instances must have read with the same ones).
    exchanged: bool,
    /// Parts taken over from a second instance, in order, to put after
    /// this one's own once every file is in, with the candidate names the
    /// second found in them.
    handed: Vec<(Corpus, discover::Candidates)>,
    /// A reader's edited entity list, used instead of the folder's
    /// entities.toml files (see [`Loader::use_entities`]).
    edited: Option<SourceFile>,
}

/// The corpus put together and its analysis so far.
struct Stream {
    corpus: Corpus,
    stepper: Stepper,
    found: discover::Discovery,
    /// The entities.toml files among the inputs (an edited list replaces
    /// them in the corpus).
    listed: Vec<SourceFile>,
}

/// What [`Loader::finish_found`] gives besides the corpus and analysis.
pub struct Found {
    /// What discovery found in the corpus.
    pub discovery: discover::Discovery,
    /// The corpus's own entities.toml files, which an edited list given
    /// to [`Loader::use_entities`] replaced.
    pub listed: Vec<SourceFile>,
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
            edited: None,
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
            return Err("files cannot be added once the analysis has begun");
        }
        if self.exchanged && files.iter().any(|f| is_sidecar(&f.name)) {
            return Err("a corpus.toml or entities.toml cannot come after a hand-over began");
        }
        let part = Corpus::read_part(&files);
        self.sidecars
            .extend(files.into_iter().filter(|f| is_sidecar(&f.name)));
        self.parts.push(part);
        Ok(())
    }

    /// Once every file is in: analyses about `bytes` more of the text and
    /// returns the share of the articles analysed, 1 when all are. The
    /// first step puts the corpus together and finds its entities.
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
    pub fn finish(self) -> (Corpus, Analysis) {
        let (corpus, analysis, _) = self.finish_found();
        (corpus, analysis)
    }

    /// As [`Loader::finish`], with what discovery found in the corpus and
    /// its own entity lists (to apply an edited list later, or take it
    /// back, without discovering again).
    pub fn finish_found(mut self) -> (Corpus, Analysis, Found) {
        while self.step(usize::MAX) < 1.0 {}
        let Some(s) = self.stream else {
            // `step` starts the stream.
            let found = Found {
                discovery: Default::default(),
                listed: Vec::new(),
            };
            return (Corpus::default(), Analysis::default(), found);
        };
        let analysis = s.stepper.finish(&s.corpus);
        let found = Found {
            discovery: s.found,
            listed: s.listed,
        };
        (s.corpus, analysis, found)
    }

    /// Before the first step: the entity list to count with is `file` (an
    /// entities.toml a reader edited from this corpus's list), not the
    /// entities.toml files among the inputs; discovered names join it as
    /// they would join those.
    pub fn use_entities(&mut self, file: SourceFile) -> Result<(), &'static str> {
        if self.stream.is_some() {
            return Err("the entities cannot change once the analysis has started");
        }
        self.edited = Some(file);
        Ok(())
    }

    /// In a second instance of the engine ([`Loader::second`]), given the
    /// later files of a folder (the page's second worker): hands over what
    /// is left, as [`Loader::hand_over_read`] does; the last hand-over of a
    /// load.
    pub fn hand_over(&mut self) -> Result<Vec<u8>, String> {
        self.hand_over_read()
    }

    /// In a second instance ([`Loader::second`]): the articles, warnings
    /// and removed words of the files read so far, with the candidate names
    /// found in them ([`discover::Candidates`]), as bytes for
    /// [`Loader::take_over`] in the instance given the earlier files; they
    /// are dropped here, so that a large folder is never held by both
    /// instances at once. Refused when a `corpus.toml` added names a file
    /// added here: the manifest can date it, and is applied in the first
    /// instance.
    pub fn hand_over_read(&mut self) -> Result<Vec<u8>, String> {
        if !self.second {
            return Err("only a second load (Loader::second) hands over".into());
        }
        let mut sources: Vec<&str> = self
            .parts
            .iter()
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
        self.exchanged = true;
        let mut part = Corpus {
            entity_files: self
                .sidecars
                .iter()
                .filter(|f| !is_manifest(&f.name))
                .cloned()
                .collect(),
            ..Corpus::default()
        };
        for p in self.parts.drain(..) {
            part.append(p);
        }
        // Room for the text, a tenth more and the ids: the buffer is not
        // copied as it grows.
        let text: usize = part
            .articles
            .iter()
            .map(|a| crate::analyse::analysis::text_bytes(a) + 2 * a.id.len() + 64)
            .sum();
        // The names are looked for here, while the first instance reads
        // its own files: it adds these candidates up with its own.
        let candidates = discover::Candidates::of(&part.articles);
        let mut out = Vec::with_capacity(text + text / 10 + 1024);
        out.extend_from_slice(HANDOVER);
        want_flags(self.want).put(&mut out);
        part.put(&mut out);
        candidates.put(&mut out);
        Ok(out)
    }

    /// Takes what [`Loader::hand_over_read`] or [`Loader::hand_over`]
    /// returned in another instance that was given the files after every
    /// file added here, and the same sidecar files: hand-overs are taken in
    /// the order they were made, and put after this instance's own
    /// articles once every file is in ([`Loader::step`]). Text files may
    /// still be added here; sidecar files may not. Bytes that are cut,
    /// damaged or from other analyses or entity lists are refused, and
    /// nothing changes.
    pub fn take_over(&mut self, bytes: &[u8]) -> Result<(), String> {
        let damaged = |e: crate::wire::Error| e.to_string();
        let Some(rest) = bytes.strip_prefix(HANDOVER) else {
            return Err("not a load handed over by this version of dateline".into());
        };
        if self.closed {
            return Err("a hand-over cannot come once the analysis has begun".into());
        }
        let mut r = Reader::new(rest);
        if <[bool; 4]>::take(&mut r).map_err(damaged)? != want_flags(self.want) {
            return Err("the handed-over load is for other analyses".into());
        }
        let corpus = Corpus::take(&mut r).map_err(damaged)?;
        let candidates = discover::Candidates::take(&mut r).map_err(damaged)?;
        if !r.is_empty() {
            return Err("the handed-over load is damaged: bytes are left over".into());
        }
        let own: Vec<&SourceFile> = self
            .sidecars
            .iter()
            .filter(|f| !is_manifest(&f.name))
            .collect();
        if !own.iter().copied().eq(corpus.entity_files.iter()) {
            return Err("the handed-over load was read with other entities.toml files".into());
        }
        self.exchanged = true;
        self.handed.push((corpus, candidates));
        Ok(())
    }

    /// Puts the parts read (and taken over) together, with the manifest if
    /// any, finds the entities and starts analysing.
    fn start(&mut self) {
        let sidecars: Vec<&SourceFile> = self
            .sidecars
            .iter()
            .filter(|f| !(self.second && is_manifest(&f.name)))
            .collect();
        let mut parts = std::mem::take(&mut self.parts);
        let own: usize = parts.iter().map(|p| p.articles.len()).sum();
        let mut later = Vec::new();
        for (mut c, found) in self.handed.drain(..) {
            c.entity_files.clear();
            parts.push(c);
            later.push(found);
        }
        let (mut corpus, _) = Corpus::assemble_marked(parts, &sidecars);
        let listed = corpus.entity_files.clone();
        if let Some(f) = self.edited.take() {
            corpus.entity_files = vec![f];
        }
        // This instance's articles come first; the names in those handed
        // over were looked for where they were read.
        let found =
            discover::discover_with(&corpus.articles[..own.min(corpus.articles.len())], later);
        let (entities, _) = discover::with_found(&corpus, &found);
        let (series, _) = SeriesSet::new(&[], &entities);
        let stepper = Stepper::new(&series, &entities, self.want);
        self.stream = Some(Stream {
            corpus,
            stepper,
            found,
            listed,
        });
    }
}

/// The analyses asked for, as flags that go with a hand-over.
fn want_flags(w: Want) -> [bool; 4] {
    [w.counts, w.sentiment, w.events, w.lean_articles]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::analysis;
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
        let (ents, _) = discover::of_corpus(&corpus);
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
        for chunk in files.chunks(batch) {
            loader
                .add(chunk.to_vec())
                .expect("adding before the last steps");
        }
        let mut steps = 0;
        while loader.step(bytes) < 1.0 {
            steps += 1;
            assert!(steps < 10_000, "the steps end");
        }
        let (corpus, analysis) = loader.finish();
        (corpus, analysis, steps)
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
    fn an_edited_entity_list_counts_as_a_folder_with_it_as_its_entities_toml() {
        let want = Want::all();
        let mut files = vec![file("mine/entities.toml", ENTITIES)];
        files.extend(own_texts());
        files.extend(seeds::files());
        let corpus = Corpus::from_files(&files);
        let found = discover::discover(&corpus);
        let (mut list, _) = discover::with_found(&corpus, &found);
        let mut hide = crate::analyse::entities::hidden(&corpus);
        for edit in [
            "rename|Ana Ruiz|Ana Ruiz Gómez",
            "hide|Venezuela",
            "split|Gustavo Petro|Petro",
            "merge|Marco Rubio|Donald Trump",
            "add|the army|organisation",
        ] {
            let edit = crate::analyse::entities::tests::edit(edit);
            crate::analyse::entities::apply(&mut list, &mut hide, &edit).expect("applied");
        }
        let toml = crate::analyse::entities::to_toml(&list, &hide);
        // The page: the files, then the edited list before the analysis.
        let mut loader = Loader::new(want);
        loader.add(files.clone()).expect("added");
        loader
            .use_entities(file("entities.toml (your edits)", &toml))
            .expect("before the analysis");
        let (_, page, found) = loader.finish_found();
        assert!(
            found.listed.iter().any(|f| f.name == "mine/entities.toml"),
            "the folder's own list is kept, to take the edits back"
        );
        // The CLI: the same texts with the list as their entities.toml.
        let mut folder: Vec<SourceFile> = files
            .into_iter()
            .filter(|f| !f.name.ends_with("entities.toml"))
            .collect();
        folder.push(file("mine/entities.toml", &toml));
        let (_, cli) = expected(&folder, want);
        assert!(page == cli, "the same analysis");
        let counts = page.counts.expect("counts");
        let total = |label: &str| -> usize {
            counts
                .days
                .iter()
                .chain(std::iter::once(&counts.undated))
                .filter_map(|b| b.counts.get(label))
                .sum()
        };
        for gone in ["Ana Ruiz", "Venezuela", "Marco Rubio"] {
            assert!(!counts.terms.iter().any(|t| t == gone), "{gone}");
        }
        assert_eq!(total("Ana Ruiz Gómez"), 2, "Ana Ruiz, Ruiz");
        assert!(total("Petro") > 50 && total("Gustavo Petro") > 0);
        assert!(total("the army") >= 1);
    }

    #[test]
    fn the_folders_entities_and_discovered_names_are_counted_and_files_stop_at_the_first_step() {
        let want = Want::all();
        let mut files = vec![file("mine/entities.toml", ENTITIES)];
        files.extend(own_texts());
        let (_, a, _) = load(&files, 1, usize::MAX, want);
        let terms = &a.counts.as_ref().expect("counts").terms;
        assert!(
            terms.iter().any(|t| t == "Ana Ruiz"),
            "the folder's entities are counted"
        );
        // The bundled list is not a default: Maduro, whom only it names,
        // is not there.
        assert!(!terms.iter().any(|t| t == "Nicolás Maduro"), "{terms:?}");
        // No file may come in once the analysis began.
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
            handed.push(second.hand_over_read().expect("no file the manifest names"));
            assert!(second.parts.is_empty(), "what was handed over is dropped");
        }
        handed.push(second.hand_over().expect("no file the manifest names"));
        let mut handed = handed.into_iter();
        let mut first = Loader::new(want);
        let (sidecars, texts) = split(owner);
        first.add(sidecars).expect("adding");
        for chunk in texts.chunks(2) {
            first.add(chunk.to_vec()).expect("adding");
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
        // A hand-over once the analysis began.
        let mut started = Loader::new(want);
        started.add(seeds::files()).expect("adding");
        started.step(1);
        assert!(started.take_over(&bytes).is_err());
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
