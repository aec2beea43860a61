"""Window labels of decision outcomes, refusal grounds, dispatch channels, proposal answers and signature
verdicts (the letters and the core carry their own legal wording; these are the short UI names)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from akimat_desk.domain.decisions import DecisionKind, DispatchChannel, Ground, ProposalAnswer


def _t(text: str) -> str:
    return QCoreApplication.translate("DecisionTexts", text)


def kind_label(kind: DecisionKind | str) -> str:
    labels = {
        DecisionKind.INFORM: _t("Inform: held as notified"),
        DecisionKind.INFORM_WITH_CONDITIONS: _t("Inform with conditions (art. 11 p.1 sub. 1)"),
        DecisionKind.APPROVE: _t("Approve"),
        DecisionKind.APPROVE_WITHOUT_SOUND_AND_VEHICLES: _t("Approve without sound-amplifying equipment and vehicles"),
        DecisionKind.PROPOSE: _t("Propose another place and/or time"),
        DecisionKind.REFUSE: _t("Refuse (with grounds and reasons)"),
        DecisionKind.OUT_OF_SCOPE: _t("Outside the scope of the law (art. 2 p.5)"),
    }
    return labels.get(DecisionKind(kind), str(kind))


def ground_label(ground: Ground | str) -> str:
    labels = {
        Ground.A14_1: _t("the aims breach the Constitution or the law"),
        Ground.A14_2: _t("the organizer may not organize (art. 5 p.6)"),
        Ground.A14_3: _t("threat to state security, public order, health or the rights of others"),
        Ground.A14_4: _t("the filing deadline was missed"),
        Ground.A14_5: _t("information incomplete or signature missing"),
        Ground.A14_6: _t("documents unreliable or not meeting the requirements"),
        Ground.A14_7: _t("prohibited sources of funding"),
        Ground.A14_8: _t("emergency regime, prohibited place or picket rules (art. 2 p.4, art. 9 p.5-6)"),
        Ground.A14_9: _t("more participants than the place's maximum occupancy"),
        Ground.A14_10: _t("the specialized place is booked or under construction works"),
        Ground.A11_3: _t("the organizer did not accept the proposal"),
        Ground.A13_3: _t("the organizer did not accept the proposal"),
    }
    return labels.get(Ground(ground), str(ground))


def channel_label(channel: DispatchChannel | str) -> str:
    labels = {
        DispatchChannel.BY_HAND: _t("by hand"),
        DispatchChannel.REGISTERED_MAIL: _t("registered mail with acknowledgment of delivery"),
        DispatchChannel.EDS_DOCUMENT: _t("electronic document certified by EDS"),
        DispatchChannel.EMAIL: _t("e-mail"),
        DispatchChannel.MOBILE: _t("mobile number"),
    }
    return labels.get(DispatchChannel(channel), str(channel))


def answer_label(answer: ProposalAnswer | str) -> str:
    labels = {
        ProposalAnswer.ACCEPTED: _t("agreed to the proposal"),
        ProposalAnswer.DECLINED: _t("declined the proposal"),
        ProposalAnswer.NONE: _t("no answer within one working day"),
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
