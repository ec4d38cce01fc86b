//! HTML text to a document tree, parsed as browsers parse it.
//!
//! [`Dom::parse`] runs html5ever's tokenizer and tree builder (the WHATWG
//! HTML5 parsing algorithm: implied and misnested tags, tables, raw text
//! elements, character references) into an arena of nodes addressed by
//! [`NodeId`]. Two things differ from a browser, both to keep the time
//! linear in the size of the input:
//!
//! - elements nested deeper than [`MAX_DEPTH`] are not created (their text
//!   goes to the deepest element allowed): the tree builder looks through
//!   the stack of open elements for many tags, which made 100,000 nested
//!   `<div>`s take minutes; browsers cap the depth likewise (Chromium at
//!   512);
//! - comments, processing instructions and doctypes are not kept.
//!
//! It does not decode bytes (the text is already decoded, see
//! [`crate::read::decode`]), run scripts or apply CSS.

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{
    ElemName, ElementFlags, NodeOrText, QuirksMode, TreeBuilder, TreeBuilderOpts, TreeSink,
};
use html5ever::{Attribute, LocalName, Namespace, QualName};
use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};

/// A node's place in [`Dom::nodes`].
pub type NodeId = u32;

/// No node (the end of a list of children, the document's parent).
pub const NONE: NodeId = u32::MAX;

/// Elements nested deeper than this are not created (see the module
/// notes); real pages nest a few dozen deep.
pub const MAX_DEPTH: u32 = 256;

/// What a node holds.
#[derive(Debug)]
pub enum Data {
    /// The document (always node 0).
    Document,
    /// An element with its attributes, in source order.
    Element {
        /// Namespace and local name (`div`, `svg`, …).
        name: QualName,
        /// Attributes as written (names lower-cased by the parser).
        attrs: Vec<Attribute>,
    },
    /// A run of text (adjacent runs are merged, as in a browser).
    Text(StrTendril),
    /// Anything else the parser makes: comments, processing instructions,
    /// template contents. Never part of the tree's text.
    Other,
}

/// One node of the tree, linked to its parent, children and siblings.
#[derive(Debug)]
pub struct Node {
    /// The parent, or [`NONE`].
    pub parent: NodeId,
    /// The first child, or [`NONE`].
    pub first_child: NodeId,
    /// The last child, or [`NONE`].
    pub last_child: NodeId,
    /// The next sibling, or [`NONE`].
    pub next: NodeId,
    /// The previous sibling, or [`NONE`].
    pub prev: NodeId,
    /// Elements between this node and the document.
    pub depth: u32,
    /// What it holds.
    pub data: Data,
}

/// A parsed document: node 0 is the document; every other node is reached
/// from it through `first_child` and `next`, except nodes the parser made
/// and dropped (never reached, never read).
#[derive(Debug)]
pub struct Dom {
    /// All nodes, in the order the parser made them.
    pub nodes: Vec<Node>,
}

impl Dom {
    /// Parses `html` as a whole document. Never fails: any text is some
    /// document, as in a browser.
    pub fn parse(html: &str) -> Dom {
        let sink = Sink::default();
        sink.push(Data::Document);
        let builder = TreeBuilder::new(
            sink,
            TreeBuilderOpts {
                // A page saved from a browser ran with scripts on:
                // `<noscript>` content is raw text, as it was there.
                scripting_enabled: true,
                ..TreeBuilderOpts::default()
            },
        );
        let tokenizer = Tokenizer::new(DepthGuard { builder }, TokenizerOpts::default());
        let input = BufferQueue::default();
        input.push_back(StrTendril::from_slice(html));
        // `feed` stops at each `</script>` so that a browser could run it,
        // and at a `<meta charset>` so that it could decode again: there is
        // nothing to run, and the text was decoded with that meta already
        // (see `decode`), so it is fed again until it is done.
        while !matches!(tokenizer.feed(&input), html5ever::TokenizerResult::Done) {}
        tokenizer.end();
        tokenizer.sink.builder.sink.finish()
    }

    /// The node `id`.
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id as usize]
    }

    /// The children of `id`, in order.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            dom: self,
            next: self.node(id).first_child,
        }
    }

    /// The local name of element `id` (`div`, `p`), or `None` for other
    /// nodes. Elements of SVG and MathML keep their own names.
    pub fn name(&self, id: NodeId) -> Option<&str> {
        match &self.node(id).data {
            Data::Element { name, .. } => Some(&name.local),
            _ => None,
        }
    }

    /// The value of attribute `attr` (lower case) of element `id`.
    pub fn attr(&self, id: NodeId, attr: &str) -> Option<&str> {
        match &self.node(id).data {
            Data::Element { attrs, .. } => attrs
                .iter()
                .find(|a| &*a.name.local == attr)
                .map(|a| &*a.value),
            _ => None,
        }
    }

    /// Every node under `id` (not `id` itself), in document order.
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants {
            dom: self,
            root: id,
            next: self.node(id).first_child,
        }
    }

    /// The text under `id`, as written (no white space collapsed).
    pub fn text(&self, id: NodeId) -> String {
        let mut out = String::new();
        if let Data::Text(t) = &self.node(id).data {
            out.push_str(t);
        }
        for d in self.descendants(id) {
            if let Data::Text(t) = &self.node(d).data {
                out.push_str(t);
            }
        }
        out
    }
}

/// See [`Dom::children`].
pub struct Children<'a> {
    dom: &'a Dom,
    next: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        (self.next != NONE).then(|| {
            let id = self.next;
            self.next = self.dom.node(id).next;
            id
        })
    }
}

/// See [`Dom::descendants`]. Walks the tree without recursion.
pub struct Descendants<'a> {
    dom: &'a Dom,
    root: NodeId,
    next: NodeId,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        if self.next == NONE {
            return None;
        }
        let id = self.next;
        let n = self.dom.node(id);
        self.next = if n.first_child != NONE {
            n.first_child
        } else {
            // Up until a node with a next sibling, stopping at the root.
            let mut at = id;
            loop {
                if at == self.root {
                    break NONE;
                }
                let node = self.dom.node(at);
                if node.next != NONE {
                    break node.next;
                }
                at = node.parent;
                if at == self.root || at == NONE {
                    break NONE;
                }
            }
        };
        Some(id)
    }
}

/// Builds the arena as the tree builder asks.
#[derive(Default)]
struct Sink {
    nodes: RefCell<Vec<Node>>,
    /// Depth of the element the next one would be put in: the last one
    /// inserted, or the parent of the last one closed.
    current_depth: Cell<u32>,
}

impl Sink {
    fn push(&self, data: Data) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node {
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            next: NONE,
            prev: NONE,
            depth: 0,
            data,
        });
        (nodes.len() - 1) as NodeId
    }

    fn detach(nodes: &mut [Node], id: NodeId) {
        let (parent, prev, next) = {
            let n = &nodes[id as usize];
            (n.parent, n.prev, n.next)
        };
        if parent == NONE {
            return;
        }
        if prev == NONE {
            nodes[parent as usize].first_child = next;
        } else {
            nodes[prev as usize].next = next;
        }
        if next == NONE {
            nodes[parent as usize].last_child = prev;
        } else {
            nodes[next as usize].prev = prev;
        }
        let n = &mut nodes[id as usize];
        n.parent = NONE;
        n.prev = NONE;
        n.next = NONE;
    }

    /// Puts `child` under `parent`, before `before` (or last).
    fn insert(nodes: &mut [Node], parent: NodeId, before: NodeId, child: NodeId) {
        Self::detach(nodes, child);
        let prev = if before == NONE {
            nodes[parent as usize].last_child
        } else {
            nodes[before as usize].prev
        };
        let depth = nodes[parent as usize].depth + 1;
        let c = &mut nodes[child as usize];
        c.parent = parent;
        c.prev = prev;
        c.next = before;
        c.depth = depth;
        if prev == NONE {
            nodes[parent as usize].first_child = child;
        } else {
            nodes[prev as usize].next = child;
        }
        if before == NONE {
            nodes[parent as usize].last_child = child;
        } else {
            nodes[before as usize].prev = child;
        }
    }

    fn add(&self, parent: NodeId, before: NodeId, child: NodeOrText<NodeId>) {
        let id = match child {
            NodeOrText::AppendNode(id) => id,
            NodeOrText::AppendText(text) => {
                let mut nodes = self.nodes.borrow_mut();
                let prev = if before == NONE {
                    nodes[parent as usize].last_child
                } else {
                    nodes[before as usize].prev
                };
                if prev != NONE
                    && let Data::Text(t) = &mut nodes[prev as usize].data
                {
                    t.push_tendril(&text);
                    return;
                }
                drop(nodes);
                self.push(Data::Text(text))
            }
        };
        let mut nodes = self.nodes.borrow_mut();
        Self::insert(&mut nodes, parent, before, id);
        if matches!(nodes[id as usize].data, Data::Element { .. }) {
            self.current_depth.set(nodes[id as usize].depth);
        }
    }
}

/// The name of an element, as the tree builder reads it.
struct Name<'a>(Ref<'a, QualName>);

impl std::fmt::Debug for Name<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", *self.0)
    }
}

impl ElemName for Name<'_> {
    fn ns(&self) -> &Namespace {
        &self.0.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.0.local
    }
}

/// The name of an element that is not one: the tree builder only asks for
/// names of elements it made, so this is never read in practice.
fn no_name() -> &'static QualName {
    static NAME: std::sync::OnceLock<QualName> = std::sync::OnceLock::new();
    NAME.get_or_init(|| QualName::new(None, Namespace::from(""), LocalName::from("")))
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Dom;
    type ElemName<'a> = Name<'a>;

    fn finish(self) -> Dom {
        Dom {
            nodes: self.nodes.into_inner(),
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Name<'a> {
        Name(Ref::map(self.nodes.borrow(), |nodes| {
            match &nodes[*target as usize].data {
                Data::Element { name, .. } => name,
                _ => no_name(),
            }
        }))
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> NodeId {
        self.push(Data::Element { name, attrs })
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.push(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.push(Data::Other)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        self.add(*parent, NONE, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        let parent = self.nodes.borrow()[*element as usize].parent;
        if parent == NONE {
            self.add(*prev_element, NONE, child);
        } else {
            self.add(parent, *element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, _target: &NodeId) -> NodeId {
        // A template's contents are not shown: a node of their own, never
        // put in the tree.
        self.push(Data::Other)
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, child: NodeOrText<NodeId>) {
        let parent = self.nodes.borrow()[*sibling as usize].parent;
        if parent != NONE {
            self.add(parent, *sibling, child);
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, add: Vec<Attribute>) {
        if let Data::Element { attrs, .. } = &mut self.nodes.borrow_mut()[*target as usize].data {
            for a in add {
                if !attrs.iter().any(|b| b.name == a.name) {
                    attrs.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        let mut child = nodes[*node as usize].first_child;
        while child != NONE {
            let next = nodes[child as usize].next;
            Self::insert(&mut nodes, *new_parent, NONE, child);
            child = next;
        }
    }

    fn pop(&self, node: &NodeId) {
        let depth = self.nodes.borrow()[*node as usize].depth;
        self.current_depth.set(depth.saturating_sub(1));
    }
}

/// Passes tokens to the tree builder, except start tags that would nest
/// deeper than [`MAX_DEPTH`] (see the module notes). Elements whose content
/// the tokenizer reads as raw text (`script`, `style`, `title`, …) always
/// pass: dropping them would turn their content into page text.
struct DepthGuard {
    builder: TreeBuilder<NodeId, Sink>,
}

impl TokenSink for DepthGuard {
    type Handle = NodeId;

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<NodeId> {
        if let Token::TagToken(tag) = &token
            && tag.kind == TagKind::StartTag
            && !tag.self_closing
            && self.builder.sink.current_depth.get() >= MAX_DEPTH
            && !matches!(
                &*tag.name,
                "script"
                    | "style"
                    | "textarea"
                    | "title"
                    | "xmp"
                    | "iframe"
                    | "noembed"
                    | "noframes"
                    | "noscript"
                    | "plaintext"
                    | "template"
            )
        {
            return TokenSinkResult::Continue;
        }
        self.builder.process_token(token, line)
    }

    fn end(&self) {
        self.builder.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree as `name(children…)`, text in quotes, for comparing.
    fn shape(dom: &Dom, id: NodeId) -> String {
        let inner: Vec<String> = dom.children(id).map(|c| shape(dom, c)).collect();
        match &dom.node(id).data {
            Data::Text(t) => format!("{:?}", &**t),
            Data::Element { name, .. } => format!("{}({})", &*name.local, inner.join(" ")),
            Data::Document => inner.join(" "),
            Data::Other => String::new(),
        }
    }

    fn body(html: &str) -> String {
        let dom = Dom::parse(html);
        let body = dom
            .descendants(0)
            .find(|&id| dom.name(id) == Some("body"))
            .expect("a body");
        shape(&dom, body)
    }

    #[test]
    fn implied_and_misnested_tags_are_fixed_as_browsers_fix_them() {
        // Paragraphs and list items close each other; misnested inline
        // tags are mended by the adoption agency.
        assert_eq!(
            body("<p>one<p>two<ul><li>a<li>b</ul>"),
            r#"body(p("one") p("two") ul(li("a") li("b")))"#
        );
        assert_eq!(
            body("<p><b>bold <i>both</b> italic</i></p>"),
            r#"body(p(b("bold " i("both")) i(" italic")))"#
        );
        // Text in a table but outside a cell is moved before the table.
        assert_eq!(
            body("<table>stray<tr><td>cell</table>"),
            r#"body("stray" table(tbody(tr(td("cell")))))"#
        );
    }

    #[test]
    fn raw_text_elements_hide_markup_and_a_head_in_a_script_comment_is_text() {
        let page = "<html><head><script>// <!-- <head></head><body>\nvar x = '</p>';</script>\
                    <style>p { color: red }</style></head><body><p>Shown &amp; read</p></body></html>";
        let dom = Dom::parse(page);
        let ps: Vec<String> = dom
            .descendants(0)
            .filter(|&id| dom.name(id) == Some("p"))
            .map(|id| dom.text(id))
            .collect();
        assert_eq!(ps, ["Shown & read"]);
        let script = dom
            .descendants(0)
            .find(|&id| dom.name(id) == Some("script"))
            .expect("script");
        assert!(dom.text(script).contains("<head></head><body>"));
    }

    #[test]
    fn attributes_are_read_and_adjacent_text_merged() {
        let dom = Dom::parse("<div CLASS='a b' data-x=\"1\">x<!-- c -->y</div>");
        let div = dom
            .descendants(0)
            .find(|&id| dom.name(id) == Some("div"))
            .expect("div");
        assert_eq!(dom.attr(div, "class"), Some("a b"));
        assert_eq!(dom.attr(div, "data-x"), Some("1"));
        assert_eq!(dom.attr(div, "id"), None);
        // The comment is not kept; the text on either side stays two runs
        // around it, read as one.
        assert_eq!(dom.text(div), "xy");
    }

    #[test]
    fn deep_nesting_is_capped_and_stays_linear() {
        // 20,000 nested divs took 10 s in the tree builder (100,000 took
        // minutes); capped, the text is kept in the deepest allowed element.
        // (tests/robustness.rs times 100,000.)
        for open in ["<div>", "<ul><li>", "<b>", "<table><tr><td>"] {
            let page = format!(
                "<body>{}deep text{}",
                open.repeat(20_000),
                "</div>".repeat(10)
            );
            let dom = Dom::parse(&page);
            let max = dom.nodes.iter().map(|n| n.depth).max().unwrap_or(0);
            assert!(max <= 2 * MAX_DEPTH + 8, "{open}: depth {max}");
            assert!(dom.text(0).contains("deep text"), "{open}");
        }
    }

    #[test]
    fn children_and_descendants_walk_the_tree_in_order() {
        let dom = Dom::parse("<body><div><p>a</p><p>b<i>c</i></p></div><p>d</p></body>");
        let div = dom
            .descendants(0)
            .find(|&id| dom.name(id) == Some("div"))
            .expect("div");
        let names: Vec<&str> = dom.children(div).filter_map(|c| dom.name(c)).collect();
        assert_eq!(names, ["p", "p"]);
        let texts: Vec<String> = dom
            .descendants(div)
            .filter(|&d| matches!(dom.node(d).data, Data::Text(_)))
            .map(|d| dom.text(d))
            .collect();
        assert_eq!(texts, ["a", "b", "c"], "not beyond the div");
    }
}
