"""The organisation's settings: one small JSON file in the data folder.

Set by the first-run wizard and the settings dialog; read by everything that speaks for the
organisation (the session's organisation name, LEESMIJ.txt, the information leaflet, the
agreement on paper). A missing file means "not set up yet" and gives the defaults; a damaged
file is an error with its own text, never silently replaced (it may hold what IT deployed).
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path
from typing import Any

from opnamestudio.core.errors import OpnameError
from opnamestudio.core.paths import data_dir
from opnamestudio.core.session import AgreementItem, default_agreements

__all__ = [
    "LANGUAGES",
    "OrgSettings",
    "SettingsError",
    "effective_agreements",
    "load_settings",
    "save_settings",
    "settings_path",
]

LANGUAGES = ("nl", "en")
MAX_TEXT = 200
MAX_RETENTION_MONTHS = 1200


class SettingsError(OpnameError):
    """The settings file cannot be read or holds a wrong value."""

    code = "settings-invalid"


@dataclasses.dataclass(frozen=True)
class OrgSettings:
    """What the organisation tells once, for every conversation.

    ``set_up`` is False until the first-run wizard has been completed (or IT deployed a file).
    ``retention_months`` is the default retention period when the organisation records.
    ``agreements`` is the organisation's own version of the default agreements (edited texts,
    items switched on or off); empty means the built-in defaults (``effective_agreements``).
    """

    organisation: str = ""
    website: str = ""
    contact: str = ""
    language: str = "nl"
    retention_months: int = 12
    set_up: bool = False
    agreements: tuple[AgreementItem, ...] = ()

    def __post_init__(self) -> None:
        self._check_agreements()
        for name in ("organisation", "website", "contact"):
            value = getattr(self, name)
            if not isinstance(value, str) or len(value) > MAX_TEXT or "\n" in value:
                raise SettingsError(f"{name} must be one line of at most {MAX_TEXT} characters")
        if self.language not in LANGUAGES:
            raise SettingsError(f"language must be one of {', '.join(LANGUAGES)}")
        months = self.retention_months
        if isinstance(months, bool) or not isinstance(months, int):
            raise SettingsError("retention_months must be a whole number")
        if not 1 <= months <= MAX_RETENTION_MONTHS:
            raise SettingsError(f"retention_months must be between 1 and {MAX_RETENTION_MONTHS}")
        if not isinstance(self.set_up, bool):
            raise SettingsError("set_up must be true or false")

    def _check_agreements(self) -> None:
        items: object = self.agreements  # from JSON: anything
        if not isinstance(items, (list, tuple)):
            raise SettingsError("agreements must be a list")
        checked: list[AgreementItem] = []
        for i, item in enumerate(items):
            if isinstance(item, AgreementItem):
                checked.append(item)
                continue
            try:
                checked.append(AgreementItem.from_json(item))
            except OpnameError as exc:
                raise SettingsError(f"agreements[{i}]: {exc.message}") from exc
        ids = [item.id for item in checked]
        if len(set(ids)) != len(ids):
            raise SettingsError("agreements: the same id twice")
        object.__setattr__(self, "agreements", tuple(checked))

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, value: object) -> OrgSettings:
        if not isinstance(value, dict):
            raise SettingsError("the settings file does not hold a JSON object")
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(value) - known)
        if unknown:
            raise SettingsError(f"unknown setting {unknown[0]!r}")
        return cls(**value)

    def replace(self, **changes: Any) -> OrgSettings:
        return dataclasses.replace(self, **changes)


def effective_agreements(settings: OrgSettings) -> tuple[AgreementItem, ...]:
    """The agreements a new conversation starts with: the organisation's, else the defaults."""
    return settings.agreements or default_agreements()


def settings_path() -> Path:
    return data_dir() / "settings.json"


def load_settings() -> OrgSettings:
    """The saved settings, or the defaults (``set_up`` False) when none were saved."""
    path = settings_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return OrgSettings()
    except OSError as exc:
        raise SettingsError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SettingsError(f"{path} is not valid JSON: {exc}") from exc
    return OrgSettings.from_json(value)


def save_settings(settings: OrgSettings) -> Path:
    """Write atomically (temporary file, fsync, rename)."""
    path = settings_path()
    tmp = path.with_name(path.name + ".tmp")
    data = json.dumps(settings.to_json(), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path
