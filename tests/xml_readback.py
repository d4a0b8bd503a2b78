"""Reads an exported graph back with a real reader and prints what it got.

Usage: xml_readback.py networkx-graphml|igraph-graphml|networkx-gexf FILE

Called by tests/graphml_test.cpp and tests/gexf_test.cpp with Debian's
/usr/bin/python3, which compare the output with what the graph holds. One
line per node and per edge, sorted, after a count line:

  node ID "LABEL" [TYPE] aliases=A rgb=R,G,B (size=S start=D, GEXF) NAME=VALUE...
  edge ID SOURCE->TARGET TYPE weight=W (confidence=C docs=D evidence=E start=D)

Texts are printed with backslash escapes for controls, and longer than 120
characters as their first 40, the length and a CRC-32 of the UTF-8 bytes.
Integers print as 300, doubles as Python's repr (4200000000.0), booleans as
true/false. A reader that disagrees with itself (labelV or labelE not the
type, a GEXF kind not the label) prints the difference on the line.
"""
import math
import sys
import xml.etree.ElementTree as ET
import zlib


def text(value):
    out = []
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\x%02x" % ord(ch))
        else:
            out.append(ch)
    if len(value) > 120:
        crc = zlib.crc32(value.encode("utf-8"))
        return "".join(out[:40]) + "...[%d chars, crc %08x]" % (len(value), crc)
    return "".join(out)


def value_text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    return text(value)


def missing(value):
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def node_line(node_id, data, extra=""):
    data = dict(data)
    label = data.pop("label", None)
    node_type = data.pop("type", None)
    line = 'node %s "%s" [%s]' % (text(str(node_id)), text(label or ""), node_type)
    label_v = data.pop("labelV", node_type)
    if label_v != node_type:
        line += " labelV=%s" % label_v
    aliases = data.pop("aliases", None)
    line += " aliases=" + ("" if missing(aliases) else text(aliases))
    line += " rgb=%s,%s,%s" % tuple(value_text(data.pop(c, None)) for c in "rgb")
    line += extra
    for name in sorted(data):
        if not missing(data[name]):
            line += " %s=%s" % (name, value_text(data[name]))
    return line


def edge_line(edge_id, source, target, data, extra=""):
    data = dict(data)
    edge_type = data.pop("type", data.get("label"))
    line = "edge %s %s->%s %s" % (text(str(edge_id)), text(str(source)), text(str(target)), edge_type)
    for same in ("label", "labelE"):
        if same in data and data.pop(same) != edge_type:
            line += " %s-differs" % same
    line += " weight=%s" % value_text(data.pop("weight", None))
    for name in ("confidence", "docs", "evidence"):
        value = data.pop(name, None)
        if not missing(value):
            line += " %s=%s" % (name, value_text(value))
    line += extra
    data.pop("id", None)
    for name in sorted(data):
        if not missing(data[name]):
            line += " %s=%s" % (name, value_text(data[name]))
    return line


def networkx_graphml(path):
    import networkx as nx

    g = nx.read_graphml(path, force_multigraph=True)
    nodes = [node_line(n, d) for n, d in g.nodes(data=True)]
    edges = [edge_line(k, u, v, d) for u, v, k, d in g.edges(keys=True, data=True)]
    return nodes, edges


def graphml_key_types(path):
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    return {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in ET.parse(path).getroot().iter(ns + "key")}


def igraph_values(attributes, kind, types):
    values = {}
    for name, value in attributes.items():
        if types.get((kind, name)) in ("int", "long") and isinstance(value, float) and not math.isnan(value):
            value = int(value)
        values[name] = value
    return values


def igraph_graphml(path):
    import igraph

    g = igraph.Graph.Read_GraphML(path)
    types = graphml_key_types(path)
    nodes = []
    for v in g.vs:
        data = igraph_values(v.attributes(), "node", types)
        nodes.append(node_line(data.pop("id"), data))
    edges = []
    for e in g.es:
        data = igraph_values(e.attributes(), "edge", types)
        edges.append(edge_line(data.pop("id"), g.vs[e.source]["id"], g.vs[e.target]["id"], data))
    return nodes, edges


def networkx_gexf(path):
    import networkx as nx
    from networkx.readwrite import gexf

    # NetworkX reads GEXF 1.3 from 3.6 on; Debian 12 has 2.8, which needs the
    # version entry that 3.6 added.
    gexf.GEXF.versions.setdefault("1.3", {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    })
    g = nx.read_gexf(path)
    ns = "{http://gexf.net/1.3}"
    kinds = {e.get("id"): e.get("kind") for e in ET.parse(path).getroot().iter(ns + "edge")}
    nodes = []
    for n, d in g.nodes(data=True):
        d = dict(d)
        viz = d.pop("viz", {})
        color = viz.get("color", {})
        d.update({c: color.get(c) for c in "rgb"})
        extra = " size=%s" % value_text(viz.get("size"))
        if "start" in d:
            extra += " start=" + d.pop("start")
        nodes.append(node_line(n, d, extra))
    edges = []
    triples = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, d["id"], d) for u, v, d in g.edges(data=True))
    for u, v, k, d in triples:
        d = dict(d)
        extra = ""
        if kinds.get(d.get("id")) != d.get("label"):
            extra += " kind=%s" % kinds.get(d.get("id"))
        if "start" in d:
            extra += " start=" + d.pop("start")
        edges.append(edge_line(d.get("id", k), u, v, d, extra))
    return nodes, edges


def main():
    reader = {"networkx-graphml": networkx_graphml, "igraph-graphml": igraph_graphml, "networkx-gexf": networkx_gexf}
    nodes, edges = reader[sys.argv[1]](sys.argv[2])
    print("nodes %d edges %d" % (len(nodes), len(edges)))
    for line in sorted(nodes) + sorted(edges):
        print(line)


if __name__ == "__main__":
    main()
