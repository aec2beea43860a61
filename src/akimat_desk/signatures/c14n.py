"""XML parsing and Canonical XML 1.0 (inclusive and exclusive) for XMLDSig, by lxml (libxml2).

The parser is hardened: it resolves no entities, loads no DTD and nothing from the network, refuses a
DOCTYPE declaration outright (no entity expansion, no billion laughs) and keeps libxml2's size limits
(``huge_tree`` off). Canonicalization is libxml2's C14N 1.0 / exclusive C14N 1.0 (``lxml.etree.tostring``
with ``method="c14n"``) of a whole document or of one element subtree (an apex), with one subtree left out
(the enveloped-signature transform).
"""

from __future__ import annotations

from lxml import etree
from lxml.etree import _Element as Element  # lxml's element class (private by name only)

__all__ = ["Element", "XmlError", "canonicalize", "parse"]


class XmlError(ValueError):
    """Unparseable or refused XML."""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        dtd_validation=False,
        no_network=True,
        huge_tree=False,
        remove_blank_text=False,
        remove_comments=False,
        remove_pis=False,
    )


def parse(data: bytes) -> Element:
    """The root element of ``data``; XmlError for malformed XML or any DOCTYPE declaration."""
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise XmlError(str(exc)) from exc
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise XmlError("DOCTYPE is not accepted")
    if any(isinstance(node, etree._Entity) for node in root.iter()):
        raise XmlError("entity references are not accepted")
    element: Element = root
    return element


def _steps(element: Element) -> list[int]:
    """Child positions from the root down to ``element``."""
    steps = []
    parent = element.getparent()
    while parent is not None:
        steps.append(parent.index(element))
        element, parent = parent, parent.getparent()
    return steps[::-1]


def _follow(root: Element, steps: list[int]) -> Element:
    for step in steps:
        root = root[step]
    return root


def _without(root: Element, apex: Element | None, exclude: Element | None) -> tuple[Element, Element | None]:
    """A copy of the document (and of ``apex`` in it) with ``exclude`` removed (its tail text is kept)."""
    copy = etree.fromstring(etree.tostring(root.getroottree()), _parser())
    copy_apex = _follow(copy, _steps(apex)) if apex is not None else None
    if exclude is not None:
        gone = _follow(copy, _steps(exclude))
        parent = gone.getparent()
        if parent is None:
            raise XmlError("the enveloped signature is the whole document")
        if gone.tail:
            previous = gone.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + gone.tail
            else:
                parent.text = (parent.text or "") + gone.tail
        parent.remove(gone)
    return copy, copy_apex


def canonicalize(
    root: Element,
    apex: Element | None = None,
    *,
    exclusive: bool = False,
    comments: bool = False,
    exclude: Element | None = None,
) -> bytes:
    """C14N 1.0 octets of the document of ``root`` (``apex`` None) or of the subtree ``apex``, without ``exclude``.

    A subtree apex keeps the namespaces in scope from its ancestors (inclusive mode) or only those it uses
    (exclusive mode), as the two algorithms prescribe.
    """
    if exclude is not None:
        root, apex = _without(root, apex, exclude)
    target = root.getroottree() if apex is None else apex
    return bytes(etree.tostring(target, method="c14n", exclusive=exclusive, with_comments=comments))
