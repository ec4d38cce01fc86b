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
//! [`Loader::second`] is given the later files and the same sidecar files.
//! Both read their files at once, and the second looks for names in its
//! articles as it reads them. Then:
//!
//! 1. the second hands over the candidate names it found
//!    ([`Loader::hand_over_found`]), which the first adds to its own
//!    ([`Loader::take_found`]) before its first step settles the names;
//! 2. the first gives the settled entities ([`Loader::names_for_second`])
//!    to the second ([`Loader::analyse_with`]);
//! 3. both analyse their own articles at once: the second a step at a
//!    time, handing over each step's articles with their analysis
//!    ([`Loader::hand_over_step`], dropping them), which the first puts
//!    after its own ([`Loader::take_over`]); its last step joins them
//!    all, in order.
//!
//! Everything goes between instances as bytes (`crate::wire`). Only a
//! manifest that names none of the second's files is allowed: the
//! manifest is applied in the first instance.

use crate::analyse::analysis::{Analysis, Part, Stepper, Want};
use crate::analyse::discover;
use crate::analyse::entities::Entity;
use crate::analyse::mentions::SeriesSet;
use crate::read::corpus::{Corpus, SourceFile, is_manifest, is_sidecar};
use crate::read::dates::Day;
use crate::wire::{Reader, Wire};

/// The first bytes of what goes from one instance to another: the
/// second's candidate names ([`Loader::hand_over_found`]), the settled
/// entities ([`Loader::names_for_second`]) and a step of the second's
/// analysis ([`Loader::hand_over_step`]); the digit is the version of the
/// form.
const FOUND: &[u8; 4] = b"DLF2";
const NAMES: &[u8; 4] = b"DLN2";
const HANDOVER: &[u8; 4] = b"DLH4";

/// Files read so far, and their analysis once it has started.
pub struct Loader {
    want: Want,
    /// Set by the first [`Loader::step`] (or, in a second instance, by
    /// [`Loader::hand_over_found`]): every file is in.
    closed: bool,
    /// Parts read, in order.
    parts: Vec<Corpus>,
    /// The sidecar files (`corpus.toml`, `entities.toml`), in order.
    sidecars: Vec<SourceFile>,
    stream: Option<Stream>,
    /// Made by [`Loader::second`]: the manifests only say which files it
    /// must not be given.
    second: bool,
    /// The candidate names of the articles read, looked for batch by
    /// batch as they are read (in the page, the first worker's while it
    /// waits for the second's): none once a `corpus.toml` came in the
    /// first instance, which can retitle an article (then they are looked
    /// for once it is applied).
    found: Option<discover::Candidates>,
    /// Unset once a `corpus.toml` came in the first instance.
    finding: bool,
    /// In a second instance, once given the names: its articles, left to
    /// analyse and hand over.
    helper: Option<Helper>,
    /// In the first instance: what a second one read, once it handed over
    /// its candidate names.
    later: Option<Later>,
    /// A reader's edited entity list, used instead of the folder's
    /// entities.toml files (see [`Loader::use_entities`]).
    edited: Option<SourceFile>,
}

/// A second instance's articles, analysed and handed over a step at a time.
struct Helper {
    corpus: Corpus,
    stepper: Stepper,
    /// Set by the first hand-over, which carries the warnings.
    began: bool,
}

/// In the first instance: the second's candidate names, how many articles
/// it read, and the steps it handed over so far.
struct Later {
    candidates: Vec<discover::Candidates>,
    articles: usize,
    /// The days of its dated articles ([`Corpus::dated_days`]).
    days: Vec<Day>,
    /// The steps' articles, warnings and removed words, in order.
    corpora: Vec<Corpus>,
    /// Their analyses.
    parts: Vec<Part>,
    /// Articles handed over so far.
    taken: usize,
    /// The last step came.
    complete: bool,
}

/// The corpus put together and its analysis so far.
struct Stream {
    corpus: Corpus,
    stepper: Stepper,
    found: discover::Discovery,
    /// The entities.toml files among the inputs (an edited list replaces
    /// them in the corpus).
    listed: Vec<SourceFile>,
    /// How many warnings the files gave (the manifest's follow): a second
    /// instance's go there.
    warned: usize,
    /// The days of both instances' dated articles, which give wire copy
    /// its year ([`Corpus::date_wire_copy`]).
    days: Vec<Day>,
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
            found: None,
            finding: true,
            helper: None,
            later: None,
            edited: None,
        }
    }

    /// A load of the later files of a folder, in a second instance of the
    /// engine, for [`Loader::hand_over_found`] and
    /// [`Loader::hand_over_step`]. A `corpus.toml` is not applied here (it
    /// names files of its folder, which must all be in the first instance,
    /// see [`Loader::hand_over_found`]); its entities.toml files must
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
        if self.later.is_some() && files.iter().any(|f| is_sidecar(&f.name)) {
            return Err("a corpus.toml or entities.toml cannot come after a hand-over began");
        }
        let part = Corpus::read_part(&files);
        if !self.second && files.iter().any(|f| is_manifest(&f.name)) {
            self.finding = false;
            self.found = None;
        }
        if self.finding && !part.articles.is_empty() {
            // The names are looked for as the files come: a second
            // instance's while the first reads its own files, and the
            // first's while it waits for the second.
            let more = discover::Candidates::of(&part.articles);
            match self.found.as_mut() {
                Some(found) => found.join(more),
                None => self.found = Some(more),
            }
        }
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
        let own = s.stepper.step(&s.corpus, bytes.max(1));
        match &self.later {
            None if own => 1.0,
            None => s.stepper.done(&s.corpus).min(0.999),
            Some(l) if own && l.complete => 1.0,
            // The second instance's steps count as they come: the share
            // grows with every article analysed here or taken over (the
            // page waits for the second's next step when it does not).
            Some(l) => {
                let done = s.stepper.analysed() + l.taken;
                let all = s.corpus.articles.len() + l.articles;
                done as f64 / all.max(1) as f64 * 0.999
            }
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
    /// A second instance's steps not handed over by then are left out.
    pub fn finish_found(mut self) -> (Corpus, Analysis, Found) {
        self.step(usize::MAX);
        let Some(mut s) = self.stream else {
            // `step` starts the stream.
            let found = Found {
                discovery: Default::default(),
                listed: Vec::new(),
            };
            return (Corpus::default(), Analysis::default(), found);
        };
        let mut later = Vec::new();
        if let Some(l) = self.later {
            let mut warnings = Vec::new();
            for c in l.corpora {
                warnings.extend(c.warnings);
                s.corpus.articles.extend(c.articles);
                s.corpus.removed_words.extend(c.removed_words);
            }
            // As one instance reading every file: the files' warnings,
            // then the manifest's.
            let at = s.warned.min(s.corpus.warnings.len());
            s.corpus.warnings.splice(at..at, warnings);
            later = l.parts;
        }
        let analysis = s.stepper.finish_with(&s.corpus, later);
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

    /// In a second instance ([`Loader::second`]), once every file is in:
    /// the candidate names found in its articles ([`discover::Candidates`])
    /// and how many there are, as bytes for [`Loader::take_found`] in the
    /// instance given the earlier files. No file may come in after it.
    /// Refused when a `corpus.toml` added names a file added here: the
    /// manifest can date it, and is applied in the first instance.
    pub fn hand_over_found(&mut self) -> Result<Vec<u8>, String> {
        if !self.second {
            return Err("only a second load (Loader::second) hands over".into());
        }
        if self.closed {
            return Err("the names were handed over already".into());
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
        self.closed = true;
        let articles: usize = self.parts.iter().map(|p| p.articles.len()).sum();
        let found: Vec<_> = self.found.take().into_iter().collect();
        let mut days: Vec<Day> = self.parts.iter().flat_map(Corpus::dated_days).collect();
        days.sort_unstable();
        days.dedup();
        Ok(pack(
            FOUND,
            self.want,
            &(((self.entity_files(), articles), days), found),
            0,
        ))
    }

    /// In the first instance, before its first step: takes what
    /// [`Loader::hand_over_found`] gave in a second instance that was
    /// given the files after every file added here, and the same sidecar
    /// files. The names are then settled in this instance's and the
    /// second's articles, and the second's steps ([`Loader::take_over`])
    /// are awaited before the last step. Bytes that are cut, damaged or
    /// from other analyses or entity lists are refused, and nothing
    /// changes.
    pub fn take_found(&mut self, bytes: &[u8]) -> Result<(), String> {
        if self.second || self.closed || self.later.is_some() {
            return Err(
                "only the first load takes one second load's names, before its analysis".into(),
            );
        }
        #[allow(clippy::type_complexity)]
        let (((entity_files, articles), days), candidates): (
            ((Vec<SourceFile>, usize), Vec<Day>),
            Vec<_>,
        ) = unpack(bytes, FOUND, self.want, "the handed-over names")?;
        if entity_files != self.entity_files() {
            return Err("the handed-over load was read with other entities.toml files".into());
        }
        self.later = Some(Later {
            candidates,
            articles,
            days,
            corpora: Vec::new(),
            parts: Vec::new(),
            taken: 0,
            complete: false,
        });
        Ok(())
    }

    /// In the first instance, once its first step settled the names: the
    /// entities, for [`Loader::analyse_with`] in the second.
    pub fn names_for_second(&self) -> Result<Vec<u8>, String> {
        let Some(s) = self.stream.as_ref() else {
            return Err("the names are settled by the first step of the analysis".into());
        };
        Ok(pack(
            NAMES,
            self.want,
            &(s.stepper.entities().to_vec(), s.days.clone()),
            0,
        ))
    }

    /// In a second instance, after [`Loader::hand_over_found`]: the
    /// entities the first settled ([`Loader::names_for_second`]), with
    /// which its articles are analysed ([`Loader::hand_over_step`]).
    pub fn analyse_with(&mut self, bytes: &[u8]) -> Result<(), String> {
        if !self.second || !self.closed || self.helper.is_some() {
            return Err(
                "only a second load that handed over its names takes the entities, once".into(),
            );
        }
        let (entities, days): (Vec<Entity>, Vec<Day>) =
            unpack(bytes, NAMES, self.want, "the entities")?;
        let mut corpus = Corpus::default();
        for p in self.parts.drain(..) {
            corpus.append(p);
        }
        corpus.date_wire_copy(&days);
        let (series, _) = SeriesSet::new(&[], &entities);
        self.helper = Some(Helper {
            corpus,
            stepper: Stepper::new(&series, &entities, self.want),
            began: false,
        });
        Ok(())
    }

    /// In a second instance given the names ([`Loader::analyse_with`]):
    /// analyses its next articles, about `bytes` of text, and hands them
    /// over with their analysis (and, the first time, the warnings and
    /// removed words of its files), as bytes for [`Loader::take_over`];
    /// they are dropped here, so that a large folder is never held by both
    /// instances at once. Empty once everything was handed over.
    pub fn hand_over_step(&mut self, bytes: usize) -> Result<Vec<u8>, String> {
        let Some(h) = self.helper.as_mut() else {
            return Err("a second load hands over its analysis once given the names".into());
        };
        if h.began && h.corpus.articles.is_empty() {
            return Ok(Vec::new());
        }
        let (n, part) = h.stepper.part_of_next(&h.corpus.articles, bytes.max(1));
        let step = Corpus {
            articles: h.corpus.articles.drain(..n).collect(),
            warnings: std::mem::take(&mut h.corpus.warnings),
            removed_words: std::mem::take(&mut h.corpus.removed_words),
            entity_files: Vec::new(),
        };
        h.began = true;
        // Room for the text, a tenth more and the ids: the buffer is not
        // copied as it grows.
        let text: usize = step
            .articles
            .iter()
            .map(|a| crate::analyse::analysis::text_bytes(a) + 2 * a.id.len() + 64)
            .sum();
        let last = h.corpus.articles.is_empty();
        Ok(pack(
            HANDOVER,
            self.want,
            &((last, step), part),
            text + text / 10,
        ))
    }

    /// In the first instance, once its first step settled the names: takes
    /// a step of the second instance's analysis
    /// ([`Loader::hand_over_step`]), in the order they were made; they are
    /// put after this instance's own articles, and the last step of the
    /// analysis waits for the last of them. Bytes that are cut, damaged,
    /// from other analyses or not expected are refused, and nothing
    /// changes.
    pub fn take_over(&mut self, bytes: &[u8]) -> Result<(), String> {
        let Some(l) = self.later.as_mut().filter(|_| self.stream.is_some()) else {
            return Err("a step of a second load comes after its names and the first step".into());
        };
        if l.complete {
            return Err("the second load's last step came already".into());
        }
        let ((last, corpus), part): ((bool, Corpus), Part) =
            unpack(bytes, HANDOVER, self.want, "the handed-over load")?;
        let taken = l.taken + corpus.articles.len();
        if part.articles() != corpus.articles.len()
            || taken > l.articles
            || (last && taken != l.articles)
        {
            return Err("the handed-over load is damaged: its articles do not add up".into());
        }
        l.taken = taken;
        l.complete = last;
        l.corpora.push(corpus);
        l.parts.push(part);
        Ok(())
    }

    /// The entities.toml files added (a second instance's must be the
    /// first's).
    fn entity_files(&self) -> Vec<SourceFile> {
        self.sidecars
            .iter()
            .filter(|f| !is_manifest(&f.name))
            .cloned()
            .collect()
    }

    /// Puts the parts read together, with the manifest if any, finds the
    /// entities (with a second instance's candidates) and starts
    /// analysing.
    fn start(&mut self) {
        let sidecars: Vec<&SourceFile> = self
            .sidecars
            .iter()
            .filter(|f| !(self.second && is_manifest(&f.name)))
            .collect();
        let parts = std::mem::take(&mut self.parts);
        let (mut corpus, warned) = Corpus::assemble_marked(parts, &sidecars);
        // Wire copy takes its year from the days of both instances' dated
        // articles, as one instance reading every file would.
        let mut days = corpus.dated_days();
        if let Some(l) = self.later.as_ref() {
            days.extend(&l.days);
            days.sort_unstable();
            days.dedup();
        }
        corpus.date_wire_copy(&days);
        let listed = corpus.entity_files.clone();
        if let Some(f) = self.edited.take() {
            corpus.entity_files = vec![f];
        }
        // The names in the second instance's articles were looked for
        // where they were read, and so were this one's, unless a manifest
        // came.
        let mut later: Vec<discover::Candidates> = Vec::new();
        let mut unread = &corpus.articles[..];
        if self.finding {
            later.extend(self.found.take());
            unread = &[];
        }
        if let Some(l) = self.later.as_mut() {
            later.append(&mut l.candidates);
        }
        let found = discover::discover_with(unread, later);
        let (entities, _) = discover::with_found(&corpus, &found);
        let (series, _) = SeriesSet::new(&[], &entities);
        let stepper = Stepper::new(&series, &entities, self.want);
        self.stream = Some(Stream {
            corpus,
            stepper,
            found,
            listed,
            warned,
            days,
        });
    }
}

/// What goes to another instance: `head`, the analyses asked for, then
/// `value`, in a buffer with room for `room` bytes of it.
fn pack<T: Wire>(head: &[u8; 4], want: Want, value: &T, room: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(room + 1024);
    out.extend_from_slice(head);
    want_flags(want).put(&mut out);
    value.put(&mut out);
    out
}

/// What [`pack`] made with `head` in an instance with the same analyses
/// (`what` names it in an error): bytes that are cut, damaged, of another
/// kind or version or from other analyses are an error.
fn unpack<T: Wire>(bytes: &[u8], head: &[u8; 4], want: Want, what: &str) -> Result<T, String> {
    let Some(rest) = bytes.strip_prefix(head) else {
        return Err(format!("{what}: not from this version of dateline"));
    };
    let mut r = Reader::new(rest);
    let damaged = |e: crate::wire::Error| format!("{what}: {e}");
    if <[bool; 4]>::take(&mut r).map_err(damaged)? != want_flags(want) {
        return Err(format!("{what}: for other analyses"));
    }
    let value = T::take(&mut r).map_err(damaged)?;
    if !r.is_empty() {
        return Err(format!("{what}: damaged, bytes are left over"));
    }
    Ok(value)
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
            // (Wire copy, dated by the days of the others: see
            // `Corpus::date_wire_copy`.)
            file(
                "mine/0-wire.txt",
                "Farmers march\nBOGOTÁ, Feb 6 (Reuters) - Farmers marched on Thursday against the cuts, their union said.",
            ),
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
            file(
                "mine/zz-wire.txt",
                "Acuerdo en Cúcuta\nCÚCUTA, 10 mar (EFE) – El alcalde de Cúcuta firmó el acuerdo este martes.",
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
    /// way the page's two workers do: both read, the second hands over its
    /// names, the first settles them and gives them back, then both analyse
    /// about `bytes` at a time, the first taking each of the second's steps
    /// in between its own.
    fn load_in_two(
        owner: &[SourceFile],
        helper: &[SourceFile],
        want: Want,
        bytes: usize,
    ) -> (Corpus, Analysis) {
        // The sidecar files come first, as the page sends them.
        let split = |files: &[SourceFile]| -> (Vec<SourceFile>, Vec<SourceFile>) {
            files.iter().cloned().partition(|f| is_sidecar(&f.name))
        };
        let mut second = Loader::second(want);
        let (sidecars, texts) = split(helper);
        second.add(sidecars).expect("adding");
        for chunk in texts.chunks(2) {
            second.add(chunk.to_vec()).expect("adding");
        }
        let found = second
            .hand_over_found()
            .expect("no file the manifest names");
        assert!(second.add(own_texts()).is_err(), "no file after the names");
        let mut first = Loader::new(want);
        let (sidecars, texts) = split(owner);
        first.add(sidecars).expect("adding");
        for chunk in texts.chunks(2) {
            first.add(chunk.to_vec()).expect("adding");
        }
        first.take_found(&found).expect("good names");
        assert!(
            first
                .add(vec![file("mine/entities.toml", ENTITIES)])
                .is_err(),
            "no sidecar comes in after a hand-over"
        );
        assert!(first.step(1) < 1.0 || texts.is_empty());
        second
            .analyse_with(&first.names_for_second().expect("settled"))
            .expect("good names");
        let mut steps = 0;
        let mut last = 0.0;
        loop {
            let step = second.hand_over_step(bytes).expect("given the names");
            if !step.is_empty() {
                first.take_over(&step).expect("a good step");
            }
            // Something was analysed or taken over: the share grows (the
            // page waits for the second's next step when it does not).
            let share = first.step(bytes);
            if share >= 1.0 {
                break;
            }
            assert!(share > last, "{share} after {last}");
            last = share;
            steps += 1;
            assert!(steps < 10_000, "the steps end");
        }
        assert!(
            second.hand_over_step(bytes).expect("done").is_empty(),
            "everything was handed over"
        );
        first.finish()
    }

    #[test]
    fn the_first_instance_waits_for_the_last_step_of_the_second() {
        let want = Want::all();
        let mut second = Loader::second(want);
        let sidecars = seeds::files().into_iter().filter(|f| is_sidecar(&f.name));
        second.add(sidecars.collect()).expect("adding");
        second.add(own_texts()).expect("adding");
        let mut first = Loader::new(want);
        first.add(seeds::files()).expect("adding");
        first
            .take_found(&second.hand_over_found().expect("no manifest"))
            .expect("good names");
        // Its own articles all analysed, the second's not in yet.
        assert!(first.step(usize::MAX) < 1.0);
        assert!(first.step(usize::MAX) < 1.0, "still waiting");
        second
            .analyse_with(&first.names_for_second().expect("settled"))
            .expect("good names");
        let one = second.hand_over_step(1).expect("a step");
        first.take_over(&one).expect("a good step");
        let share = first.step(1);
        assert!(share > 0.5 && share < 1.0, "{share}");
        while let Ok(step) = second.hand_over_step(1) {
            if step.is_empty() {
                break;
            }
            first.take_over(&step).expect("a good step");
        }
        assert!((first.step(1) - 1.0).abs() < f64::EPSILON);
        assert!(
            first.take_over(&one).is_err(),
            "nothing comes after the last step"
        );
        let all = [seeds::files(), own_texts()].concat();
        assert!(first.finish() == expected(&all, want));
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
                        let e = second.hand_over_found();
                        assert!(
                            matches!(&e, Err(m) if m.contains("corpus.toml names")),
                            "{e:?}"
                        );
                        continue;
                    }
                    for bytes in [1, 700, usize::MAX] {
                        let (c, a) = load_in_two(&owner, &helper, want, bytes);
                        assert!(c == corpus, "cut at {cut}, {bytes} bytes: the corpus");
                        assert!(a == analysis, "cut at {cut}, {bytes} bytes: the analysis");
                    }
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
        let mut second = helper();
        let found = second.hand_over_found().expect("no manifest");
        assert!(second.hand_over_found().is_err(), "once");
        assert!(
            second.hand_over_step(1).is_err(),
            "no step before the names"
        );
        let mut first = Loader::new(want);
        first.add(seeds::files()).expect("adding");
        // Cut short, or with a byte changed in the form's name.
        for cut in [0, 3, 10, found.len() / 2, found.len() - 1] {
            assert!(first.take_found(&found[..cut]).is_err(), "cut at {cut}");
        }
        let mut other = found.clone();
        other[0] = b'X';
        assert!(first.take_found(&other).is_err());
        // Other analyses, or other entities.
        let mut lean = Loader::second(Want {
            lean_articles: true,
            ..want
        });
        lean.add([sidecars.clone(), own_texts()].concat())
            .expect("adding");
        let e = first.take_found(&lean.hand_over_found().expect("handed"));
        assert!(e.is_err_and(|e| e.contains("other analyses")));
        let with = |name: &str, text: &str| {
            let mut l = helper();
            l.add(vec![file(name, text)]).expect("adding");
            l.hand_over_found()
        };
        let e = first.take_found(&with("mine/entities.toml", ENTITIES).expect("handed"));
        assert!(e.is_err_and(|e| e.contains("entities.toml")));
        // A corpus.toml naming one of the second load's files; only a
        // second load hands over; names once the analysis began.
        assert!(with("mine/corpus.toml", MANIFEST).is_err());
        let mut plain = Loader::new(want);
        plain.add(own_texts()).expect("adding");
        assert!(plain.hand_over_found().is_err());
        let mut started = Loader::new(want);
        started.add(seeds::files()).expect("adding");
        started.step(1);
        assert!(started.take_found(&found).is_err());
        // No step before the names and the first step.
        assert!(first.names_for_second().is_err());
        first.take_found(&found).expect("the good one");
        assert!(first.take_found(&found).is_err(), "once");
        first.step(1);
        let names = first.names_for_second().expect("settled");
        for cut in [0, 3, names.len() / 2, names.len() - 1] {
            assert!(second.analyse_with(&names[..cut]).is_err(), "cut at {cut}");
        }
        second.analyse_with(&names).expect("the good names");
        assert!(second.analyse_with(&names).is_err(), "once");
        let step = second.hand_over_step(1).expect("a step");
        for cut in [0, 3, 10, step.len() / 2, step.len() - 1] {
            assert!(first.take_over(&step[..cut]).is_err(), "cut at {cut}");
        }
        // The last step before the one made before it: the articles do
        // not add up.
        let rest = second.hand_over_step(usize::MAX).expect("the rest");
        let e = first.take_over(&rest);
        assert!(e.is_err_and(|e| e.contains("do not add up")));
        first.take_over(&step).expect("the good step");
        first.take_over(&rest).expect("the last step");
        assert!(first.take_over(&rest).is_err(), "nothing after the last");
        // After all that the first loader still gives the whole corpus.
        let all = [seeds::files(), own_texts()].concat();
        assert!(first.finish() == expected(&all, want));
    }
}
