"""Window labels of decision outcomes, refusal grounds, dispatch channels, proposal answers and signature
verdicts (the letters and the core carry their own legal wording; these are the short UI names)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from akimat_desk.domain.decisions import DecisionKind, DispatchChannel, Ground, ProposalAnswer
from akimat_desk.services.kernel.messages import message


def kind_label(kind: DecisionKind | str) -> str:
    labels = {
        DecisionKind.INFORM: QCoreApplication.translate("DecisionTexts", "Inform: held as notified"),
        DecisionKind.INFORM_WITH_CONDITIONS: QCoreApplication.translate(
            "DecisionTexts", "Inform with conditions (art. 11 p.1 sub. 1)"
        ),
        DecisionKind.APPROVE: QCoreApplication.translate("DecisionTexts", "Approve"),
        DecisionKind.APPROVE_WITHOUT_SOUND_AND_VEHICLES: QCoreApplication.translate(
            "DecisionTexts", "Approve without sound-amplifying equipment and vehicles"
        ),
        DecisionKind.PROPOSE: QCoreApplication.translate("DecisionTexts", "Propose another place and/or time"),
        DecisionKind.REFUSE: QCoreApplication.translate("DecisionTexts", "Refuse (with grounds and reasons)"),
        DecisionKind.OUT_OF_SCOPE: QCoreApplication.translate(
            "DecisionTexts", "Outside the scope of the law (art. 2 p.5)"
        ),
    }
    return labels.get(DecisionKind(kind), str(kind))


def ground_label(ground: Ground | str, language: str) -> str:
    """A refusal ground's short name (the catalogue's ``ground.<code>``, which the history reads too)."""
    return message(f"ground.{Ground(ground).value}", language)


def channel_label(channel: DispatchChannel | str, language: str) -> str:
    """How a letter is sent (``dispatch_channel.<value>``)."""
    return message(f"dispatch_channel.{DispatchChannel(channel).value}", language)


def answer_label(answer: ProposalAnswer | str, language: str) -> str:
    """What the organizer answered to a proposal (``proposal_answer.<value>``)."""
    return message(f"proposal_answer.{ProposalAnswer(answer).value}", language)


LANGUAGE_NAMES = {"kk": "қазақ тілі", "ru": "русский язык", "en": "English"}

# Verdicts: never colour alone — an icon and words go with it.
_VERDICT_STYLE = {
    "valid": ("✔", "#1b5e20", "#e8f5e9"),
    "chain_untrusted": ("⚠", "#8d4e00", "#fff3e0"),
    "unsupported_algorithm": ("⚠", "#8d4e00", "#fff3e0"),
}
_BAD = ("✖", "#b71c1c", "#ffebee")


def verdict_style(code: str) -> tuple[str, QColor, QColor]:
    """(icon character, text colour, background colour) of a verdict code."""
    icon, fg, bg = _VERDICT_STYLE.get(code, _BAD)
    return icon, QColor(fg), QColor(bg)
