"""XML Canonicalization 1.0 (inclusive) and Exclusive XML Canonicalization 1.0, for XMLDSig only.

The stdlib offers only C14N 2.0 (``ElementTree.canonicalize``), whose namespace output differs from the
1.0 algorithms that XMLDSig uses, so this module parses with expat into a small tree and serialises it.
Supported: whole documents or one element subtree (an apex), an excluded subtree (the enveloped-signature
transform), with or without comments. Not supported: XPath transforms, inherited xml:* attributes on a
subset apex, InclusiveNamespaces prefix lists (exclusive mode treats the list as empty).
DOCTYPE declarations are refused (no entity expansion tricks).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.parsers import expat

XMLNS = "http://www.w3.org/2000/xmlns/"
XML_NS = "http://www.w3.org/XML/1998/namespace"


class XmlError(ValueError):
    """Unparseable or refused XML."""


@dataclass
class Element:
    """A parsed element: raw qualified name, namespace declarations and other attributes in source order."""

    name: str
    ns_decls: dict[str, str]  # prefix ('' = default) -> URI, declared on this element
    attrs: list[tuple[str, str]]
    parent: Element | None = None
    children: list[Element | str | tuple[str, str]] = field(default_factory=list)  # text, (kind, data)

    def in_scope(self) -> dict[str, str]:
        """Namespace prefix -> URI in scope at this element ('' for the default namespace)."""
        chain = []
        node: Element | None = self
        while node is not None:
            chain.append(node.ns_decls)
            node = node.parent
        scope: dict[str, str] = {"xml": XML_NS}
        for decls in reversed(chain):
            scope.update(decls)
        return scope

    def resolve(self, qname: str, attribute: bool = False) -> tuple[str, str]:
        """(namespace URI, local name) of a qualified name used on this element."""
        prefix, _, local = qname.rpartition(":")
        if not prefix and attribute:
            return "", local
        return self.in_scope().get(prefix, ""), local

    def iter(self) -> Iterator[Element]:
        """This element and its descendants in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()


@dataclass
class Document:
    """A parsed document: the root element plus comments/PIs before and after it."""

    root: Element
    before: list[tuple[str, str]]
    after: list[tuple[str, str]]


def parse(data: bytes) -> Document:
    """Parse XML with expat (no namespace processing; DOCTYPE refused). Raises XmlError."""
    parser = expat.ParserCreate()
    parser.ordered_attributes = True
    stack: list[Element] = []
    top: list[Element] = []
    before: list[tuple[str, str]] = []
    after: list[tuple[str, str]] = []

    def misc(item: tuple[str, str]) -> None:
        if stack:
            stack[-1].children.append(item)
        else:
            (after if top else before).append(item)

    def start(name: str, attributes: list[str]) -> None:
        pairs = list(zip(attributes[::2], attributes[1::2], strict=True))
        decls = {k[6:] if k.startswith("xmlns:") else "": v for k, v in pairs if k == "xmlns" or k.startswith("xmlns:")}
        others = [(k, v) for k, v in pairs if not (k == "xmlns" or k.startswith("xmlns:"))]
        element = Element(name, decls, others, stack[-1] if stack else None)
        if stack:
            stack[-1].children.append(element)
        elif top:
            raise XmlError("two root elements")
        else:
            top.append(element)
        stack.append(element)

    def text(data: str) -> None:
        if stack:
            stack[-1].children.append(data)

    def refuse_doctype(*_args: object) -> None:
        raise XmlError("DOCTYPE is not accepted")

    parser.StartElementHandler = start
    parser.EndElementHandler = lambda _name: stack.pop()
    parser.CharacterDataHandler = text
    parser.CommentHandler = lambda data: misc(("comment", data))
    parser.ProcessingInstructionHandler = lambda target, data: misc(("pi", f"{target} {data}" if data else target))
    parser.StartDoctypeDeclHandler = refuse_doctype
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise XmlError(str(exc)) from exc
    if not top:
        raise XmlError("no root element")
    return Document(top[0], before, after)


def _escape_text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#xD;")


def _escape_attr(value: str) -> str:
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace('"', "&quot;")
        .replace("\t", "&#x9;")
        .replace("\n", "&#xA;")
        .replace("\r", "&#xD;")
    )


def _misc(item: tuple[str, str], comments: bool) -> str:
    kind, data = item
    if kind == "comment":
        return f"<!--{data}-->" if comments else ""
    return f"<?{data}?>"


@dataclass
class _Options:
    exclusive: bool
    comments: bool
    exclude: Element | None


def _used_prefixes(element: Element) -> set[str]:
    used = {element.name.rpartition(":")[0]}
    used.update(k.rpartition(":")[0] for k, _ in element.attrs if ":" in k)
    return used - {"xml"}


def _namespaces_to_render(element: Element, rendered: dict[str, str], options: _Options) -> dict[str, str]:
    scope = element.in_scope()
    scope.pop("xml", None)
    candidates = {p: scope.get(p, "") for p in _used_prefixes(element)} if options.exclusive else scope
    result = {}
    for prefix, uri in candidates.items():
        if rendered.get(prefix, "") != uri:
            result[prefix] = uri
    return result


def _attr_sort_key(element: Element, qname: str) -> tuple[str, str]:
    return element.resolve(qname, attribute=True)


def _element(element: Element, rendered: dict[str, str], options: _Options, out: list[str]) -> None:
    if element is options.exclude:
        return
    new_ns = _namespaces_to_render(element, rendered, options)
    out.append(f"<{element.name}")
    for prefix in sorted(new_ns):
        out.append(
            f' xmlns:{prefix}="{_escape_attr(new_ns[prefix])}"'
            if prefix
            else f' xmlns="{_escape_attr(new_ns[prefix])}"'
        )
    for name, value in sorted(element.attrs, key=lambda a: _attr_sort_key(element, a[0])):
        out.append(f' {name}="{_escape_attr(value)}"')
    out.append(">")
    inner = {**rendered, **new_ns}
    for child in element.children:
        if isinstance(child, Element):
            _element(child, inner, options, out)
        elif isinstance(child, str):
            out.append(_escape_text(child))
        else:
            out.append(_misc(child, options.comments))
    out.append(f"</{element.name}>")


def canonicalize(
    doc: Document,
    apex: Element | None = None,
    *,
    exclusive: bool = False,
    comments: bool = False,
    exclude: Element | None = None,
) -> bytes:
    """Canonical UTF-8 bytes of the whole document (``apex`` None) or of the subtree at ``apex``,
    leaving out the subtree ``exclude`` (enveloped-signature transform)."""
    options = _Options(exclusive, comments, exclude)
    out: list[str] = []
    if apex is None:
        parts = [_misc(item, comments) for item in doc.before]
        out.extend(p + "\n" for p in parts if p)
        _element(doc.root, {}, options, out)
        parts = [_misc(item, comments) for item in doc.after]
        out.extend("\n" + p for p in parts if p)
    else:
        _element(apex, {}, options, out)
    return "".join(out).encode("utf-8")
