"""Window labels of decision outcomes, refusal grounds, dispatch channels, proposal answers and signature
verdicts (the letters and the core carry their own legal wording; these are the short UI names)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from akimat_desk.domain.decisions import DecisionKind, DispatchChannel, Ground, ProposalAnswer


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


def ground_label(ground: Ground | str) -> str:
    labels = {
        Ground.A14_1: QCoreApplication.translate("DecisionTexts", "the aims breach the Constitution or the law"),
        Ground.A14_2: QCoreApplication.translate("DecisionTexts", "the organizer may not organize (art. 5 p.6)"),
        Ground.A14_3: QCoreApplication.translate(
            "DecisionTexts", "threat to state security, public order, health or the rights of others"
        ),
        Ground.A14_4: QCoreApplication.translate("DecisionTexts", "the filing deadline was missed"),
        Ground.A14_5: QCoreApplication.translate("DecisionTexts", "information incomplete or signature missing"),
        Ground.A14_6: QCoreApplication.translate(
            "DecisionTexts", "documents unreliable or not meeting the requirements"
        ),
        Ground.A14_7: QCoreApplication.translate("DecisionTexts", "prohibited sources of funding"),
        Ground.A14_8: QCoreApplication.translate(
            "DecisionTexts", "emergency regime, prohibited place or picket rules (art. 2 p.4, art. 9 p.5-6)"
        ),
        Ground.A14_9: QCoreApplication.translate(
            "DecisionTexts", "more participants than the place's maximum occupancy"
        ),
        Ground.A14_10: QCoreApplication.translate(
            "DecisionTexts", "the specialized place is booked or under construction works"
        ),
        Ground.A11_3: QCoreApplication.translate("DecisionTexts", "the organizer did not accept the proposal"),
        Ground.A13_3: QCoreApplication.translate("DecisionTexts", "the organizer did not accept the proposal"),
    }
    return labels.get(Ground(ground), str(ground))


def channel_label(channel: DispatchChannel | str) -> str:
    labels = {
        DispatchChannel.BY_HAND: QCoreApplication.translate("DecisionTexts", "by hand"),
        DispatchChannel.REGISTERED_MAIL: QCoreApplication.translate(
            "DecisionTexts", "registered mail with acknowledgment of delivery"
        ),
        DispatchChannel.EDS_DOCUMENT: QCoreApplication.translate(
            "DecisionTexts", "electronic document certified by EDS"
        ),
        DispatchChannel.EMAIL: QCoreApplication.translate("DecisionTexts", "e-mail"),
        DispatchChannel.MOBILE: QCoreApplication.translate("DecisionTexts", "mobile number"),
    }
    return labels.get(DispatchChannel(channel), str(channel))


def answer_label(answer: ProposalAnswer | str) -> str:
    labels = {
        ProposalAnswer.ACCEPTED: QCoreApplication.translate("DecisionTexts", "agreed to the proposal"),
        ProposalAnswer.DECLINED: QCoreApplication.translate("DecisionTexts", "declined the proposal"),
        ProposalAnswer.NONE: QCoreApplication.translate("DecisionTexts", "no answer within one working day"),
    }
    return labels.get(ProposalAnswer(answer), str(answer))


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
