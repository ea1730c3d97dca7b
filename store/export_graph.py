"""The actors and their relations as a network: GraphML for Gephi and Cytoscape, DOT for
Graphviz.

Nodes are actors, edges the relations of one type from one actor to another, counted.
GraphML is written by networkx (imported only here, when asked for: the explorer's start
does not pay for it); DOT is a few lines of text, quoted here, so it needs nothing at all.
XML cannot hold control characters at all, so every name and id passes through
:func:`plain` (names) or :func:`escape_controls` (ids, which must stay distinct) first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import BinaryIO

from personae.store.catalog import Catalog
from personae.store.export import Load
from personae.store.export_scope import EVERYTHING, ExportView, Scope, article_views, plain
from personae.store.model import polarity
from personae.store.text import escape_controls


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    name: str
    kind: str
    mentions: int
    """How often the articles in scope name the actor."""
    articles: int
    """How many articles in scope name it."""


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    type: str
    count: int = 0
    negated: int = 0
    """How many of the ``count`` relations are negated ("did not deliver")."""
    layers: set[str] = field(default_factory=set)

    @property
    def polarity(self) -> str:
        return polarity(self.type)


@dataclass(frozen=True, slots=True)
class Network:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


# What XML 1.0 cannot hold once controls are gone: lone surrogates and two non-characters.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def _fit(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _key(entity_id: str) -> str:
    """An actor's id as a node id: every control shown as its escape, so ids stay distinct."""
    return _fit(escape_controls(entity_id))


def build_network(views: Iterable[ExportView], names: ExportView) -> Network:
    """The relations ``views`` keep (of every article at once, or one article at a time),
    one edge per (source, target, type); the actors at their ends and the chosen ones (a
    chosen actor with no relation is still a node), ordered by id, named as ``names`` names
    them.  Only counts are kept, so a large archive adds up in little memory."""
    edges: dict[tuple[str, str, str], Edge] = {}
    mentions: Counter[str] = Counter()
    named_in: Counter[str] = Counter()
    for view in views:
        for relation in view.relations:
            kind = _fit(plain(relation.type))
            ends = (relation.source, relation.target)
            edge = edges.setdefault((*ends, kind), Edge(_key(ends[0]), _key(ends[1]), kind))
            edge.count += 1
            edge.negated += relation.negated
            edge.layers.add(_fit(plain(relation.provenance)))
        mentions.update(view.mentions)
        named_in.update(view.named_in)
    actors = set(names.actors)
    actors.update(x for source, target, _ in edges for x in (source, target))
    nodes = tuple(
        Node(_key(a), _fit(names.name(a)), _fit(names.kind(a)), mentions[a], named_in[a])
        for a in sorted(actors)
    )
    return Network(nodes, tuple(edges[k] for k in sorted(edges)))


def write_network(
    catalog: Catalog, load: Load, out: BinaryIO, scope: Scope = EVERYTHING, *, dot: bool = False
) -> None:
    """The network of the catalog's version as GraphML, or as DOT, counted an article at
    a time."""
    views, names = article_views(catalog, load, scope)
    network = build_network(views, names)
    out.write(export_dot(network) if dot else export_graphml(network))


def export_graphml(network: Network) -> bytes:
    """The network as GraphML (UTF-8): a directed multigraph whose edge ids are the types."""
    import networkx as nx  # only here: a large import the other commands do without

    graph = nx.MultiDiGraph()
    for node in network.nodes:
        graph.add_node(
            node.id,
            label=node.name,
            name=node.name,
            kind=node.kind,
            mentions=node.mentions,
            articles=node.articles,
        )
    for edge in network.edges:
        graph.add_edge(
            edge.source,
            edge.target,
            key=edge.type,
            label=edge.type,
            type=edge.type,
            polarity=edge.polarity,
            count=edge.count,
            weight=edge.count,
            negated=edge.negated,
            layers=",".join(sorted(edge.layers)),
        )
    lines = ["<?xml version='1.0' encoding='utf-8'?>", *nx.generate_graphml(graph)]
    return ("\n".join(lines) + "\n").encode("utf-8")


#: Edge colours in DOT: Graphviz's own colour names.
_COLOURS = {"cooperation": "darkgreen", "conflict": "red3", "neutral": "gray50"}


def _quoted(text: str) -> str:
    """A DOT string: backslashes doubled (no label escape such as ``\\N`` can form) and
    double quotes escaped; names hold no line breaks (see :func:`plain`)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def export_dot(network: Network) -> bytes:
    """The network as a Graphviz digraph, one statement a line, ordered as the GraphML."""
    lines = [
        "// personae: actors and their relations (docs/schema.md, 'export --format dot')",
        "digraph personae {",
        "  node [shape=box];",
    ]
    for node in network.nodes:
        lines.append(
            f"  {_quoted(node.id)} [label={_quoted(node.name)}, kind={_quoted(node.kind)}, "
            f"mentions={node.mentions}, articles={node.articles}];"
        )
    for edge in network.edges:
        label = edge.type if edge.count == 1 else f"{edge.type} ({edge.count})"
        lines.append(
            f"  {_quoted(edge.source)} -> {_quoted(edge.target)} [label={_quoted(label)}, "
            f"type={_quoted(edge.type)}, polarity={_quoted(edge.polarity)}, "
            f"count={edge.count}, negated={edge.negated}, "
            f"layers={_quoted(','.join(sorted(edge.layers)))}, "
            f"color={_COLOURS.get(edge.polarity, 'black')}];"
        )
    lines.append("}")
    return ("\n".join(lines) + "\n").encode("utf-8")
