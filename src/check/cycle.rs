//! References that lead back to the pattern they start from (`-a = { -b }`,
//! `-b = { -a }`): Fluent cannot format any message that reaches such a
//! cycle, and `smtpkb` would show the reader an error or the English text.
//!
//! Architecture invariant: linear in the number of patterns and
//! references, and never recursive, so a chain of any length is safe: the
//! components come from `petgraph`'s Kosaraju search, which keeps its own
//! stack, and each cycle is traced by a breadth-first search inside its
//! component.

use std::collections::{HashMap, VecDeque};

use petgraph::algo::kosaraju_scc;
use petgraph::graph::{DiGraph, NodeIndex};

use super::ast::Reference;

/// One pattern of a locale and where its references lead.
struct Pattern<'f> {
    /// `id`, or `id.attribute` for an attribute.
    name: String,
    /// The index of its file.
    file: usize,
    /// The id of its message or term, for the finding.
    id: &'f str,
    /// Its references: the name each leads to and its byte offset.
    references: Vec<(String, usize)>,
}

/// A cycle found: where to report it, and its names from start to start.
pub(crate) struct Cycle<'f> {
    /// The index of the file of the pattern it starts from.
    pub file: usize,
    /// The offset of that pattern's reference that enters the cycle.
    pub offset: usize,
    /// The id of that pattern's message or term.
    pub id: &'f str,
    /// The patterns of the cycle in order, the first repeated at the end.
    pub path: Vec<String>,
}

/// The patterns of one locale, added in the order a bundle reads them.
#[derive(Default)]
pub(crate) struct Patterns<'f> {
    patterns: Vec<Pattern<'f>>,
}

/// The name of a pattern or of the pattern a reference leads to.
fn name(id: &str, attribute: Option<&str>) -> String {
    match attribute {
        Some(attribute) => format!("{id}.{attribute}"),
        None => id.to_owned(),
    }
}

impl<'f> Patterns<'f> {
    /// Adds the value (`attribute` `None`) or an attribute of the entry
    /// `id` of file `file`, with the references it makes.
    pub(crate) fn add(
        &mut self,
        file: usize,
        id: &'f str,
        attribute: Option<&str>,
        references: Vec<Reference>,
    ) {
        self.patterns.push(Pattern {
            name: name(id, attribute),
            file,
            id,
            references: references
                .into_iter()
                .map(|r| (name(&r.id, r.attribute.as_deref()), r.offset))
                .collect(),
        });
    }

    /// Every cycle, once each, from the pattern of the cycle that comes
    /// first in the locale. A second definition of a name is left out, as
    /// a bundle keeps the first; a reference to a name the locale does not
    /// define leads nowhere.
    pub(crate) fn cycles(&self) -> Vec<Cycle<'f>> {
        // A pattern that refers to nothing ends every way through it, and
        // is no node: a name leads to its first pattern's node, if it has
        // one.
        let mut index: HashMap<&str, Option<NodeIndex>> =
            HashMap::with_capacity(self.patterns.len());
        let mut graph: DiGraph<usize, usize> = DiGraph::new();
        for (i, pattern) in self.patterns.iter().enumerate() {
            index
                .entry(pattern.name.as_str())
                .or_insert_with(|| (!pattern.references.is_empty()).then(|| graph.add_node(i)));
        }
        for node in graph.node_indices() {
            for (target, offset) in &self.patterns[graph[node]].references {
                if let Some(&Some(to)) = index.get(target.as_str()) {
                    graph.add_edge(node, to, *offset);
                }
            }
        }
        let mut cycles = Vec::new();
        for component in kosaraju_scc(&graph) {
            if component.len() == 1 && graph.find_edge(component[0], component[0]).is_none() {
                continue;
            }
            let Some(&start) = component.iter().min_by_key(|&&n| graph[n]) else {
                continue;
            };
            let (offset, path) = trace(&graph, &component, start);
            let first = &self.patterns[graph[start]];
            cycles.push(Cycle {
                file: first.file,
                offset,
                id: first.id,
                path: path
                    .into_iter()
                    .map(|n| self.patterns[graph[n]].name.clone())
                    .collect(),
            });
        }
        cycles.sort_by_key(|c| (c.file, c.offset));
        cycles
    }
}

/// The shortest way from `start` back to itself inside its component: the
/// offset of the first reference taken, and the nodes passed, `start` at
/// both ends.
fn trace(
    graph: &DiGraph<usize, usize>,
    component: &[NodeIndex],
    start: NodeIndex,
) -> (usize, Vec<NodeIndex>) {
    let inside: std::collections::HashSet<NodeIndex> = component.iter().copied().collect();
    // How each node was first reached: the node before it.
    let mut came_from: HashMap<NodeIndex, NodeIndex> = HashMap::new();
    let mut queue = VecDeque::from([start]);
    'search: while let Some(node) = queue.pop_front() {
        for edge in graph.edges(node) {
            let next = petgraph::visit::EdgeRef::target(&edge);
            if !inside.contains(&next) || came_from.contains_key(&next) {
                continue;
            }
            came_from.insert(next, node);
            if next == start {
                break 'search;
            }
            queue.push_back(next);
        }
    }
    let mut path = vec![start];
    let mut node = start;
    while let Some(&before) = came_from.get(&node) {
        path.push(before);
        node = before;
        if node == start {
            break;
        }
    }
    path.reverse();
    let offset = path
        .get(1)
        .and_then(|&second| graph.edges_connecting(start, second).next())
        .map_or(0, |edge| *edge.weight());
    (offset, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(target: &str, offset: usize) -> Reference {
        let (id, attribute) = match target.split_once('.') {
            Some((id, attribute)) => (id.to_owned(), Some(attribute.to_owned())),
            None => (target.to_owned(), None),
        };
        Reference {
            id,
            attribute,
            offset,
        }
    }

    /// A pattern: its id, its attribute, and its references with offsets.
    type Given<'a> = (&'static str, Option<&'a str>, &'a [(&'a str, usize)]);

    fn cycles(patterns: &[Given<'_>]) -> Vec<Vec<String>> {
        let mut all = Patterns::default();
        for (id, attribute, references) in patterns {
            let references = references.iter().map(|(t, o)| reference(t, *o)).collect();
            all.add(0, id, *attribute, references);
        }
        all.cycles().into_iter().map(|c| c.path).collect()
    }

    #[test]
    fn a_cycle_is_reported_once_from_its_first_pattern() {
        let found = cycles(&[
            ("ok", None, &[("-a", 1)]),
            ("-a", None, &[("-b", 2)]),
            ("-b", None, &[("-c", 3), ("-a", 4)]),
            ("-c", None, &[]),
            ("self", None, &[("self", 5)]),
        ]);
        assert_eq!(found, [vec!["-a", "-b", "-a"], vec!["self", "self"]]);
    }

    #[test]
    fn an_attribute_is_its_own_pattern() {
        // `m.title` refers to `m`, which does not refer back: no cycle.
        let found = cycles(&[("m", None, &[]), ("m", Some("title"), &[("m", 1)])]);
        assert!(found.is_empty());
        let found = cycles(&[
            ("m", None, &[("m.title", 1)]),
            ("m", Some("title"), &[("m", 2)]),
        ]);
        assert_eq!(found, [vec!["m", "m.title", "m"]]);
    }

    #[test]
    fn a_long_chain_is_read_without_recursion() {
        let names: Vec<String> = (0..200_000).map(|i| format!("-t{i}")).collect();
        let mut all = Patterns::default();
        for (i, name) in names.iter().enumerate() {
            let next = &names[(i + 1) % names.len()];
            all.add(0, name, None, vec![reference(next, i)]);
        }
        let found = all.cycles();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].path.len(), names.len() + 1);
    }
}
