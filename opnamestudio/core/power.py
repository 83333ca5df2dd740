"""The laptop's battery, so a recording is not cut off by an empty battery without warning.

``battery()`` reads the charge through psutil when it is installed (Windows, macOS, Linux alike),
else from ``/sys/class/power_supply`` on Linux, else it says it does not know (``None``).
``battery_warning()`` turns a reading into a code the UI words: ``low`` or ``critical``.
A battery that runs out is not a disaster (the recording up to that moment survives, DESIGN §4),
but a warning in time lets the worker plug in before it happens.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "CRITICAL_PERCENT",
    "LOW_PERCENT",
    "SYSFS_POWER_SUPPLY",
    "BatteryState",
    "battery",
    "battery_warning",
    "read_sysfs",
]

log = logging.getLogger(__name__)

SYSFS_POWER_SUPPLY = Path("/sys/class/power_supply")
#: On battery, below this charge the UI warns; below CRITICAL_PERCENT it urges.
LOW_PERCENT = 20.0
CRITICAL_PERCENT = 10.0
_EXTERNAL = ("Mains", "USB", "USB_C", "USB_PD", "USB_DCP", "USB_CDP", "USB_ACA")


@dataclass(frozen=True)
class BatteryState:
    """The charge in percent (0–100) and whether the laptop is on the mains (None: unknown)."""

    percent: float
    plugged: bool | None


def battery() -> BatteryState | None:
    """The battery now, or None when there is none or it cannot be read. Never raises."""
    try:
        import psutil  # noqa: PLC0415 - optional: only a test dependency today
    except ImportError:
        psutil = None
    if psutil is not None:
        try:
            reading = psutil.sensors_battery()
        except Exception as exc:  # a sensor that fails must not disturb a recording
            log.debug("psutil could not read the battery: %r", exc)
            reading = None
        if reading is not None:
            plugged = reading.power_plugged
            return BatteryState(float(reading.percent), None if plugged is None else bool(plugged))
    platform: str = sys.platform
    if platform.startswith("linux"):
        return read_sysfs(SYSFS_POWER_SUPPLY)
    return None


def read_sysfs(root: Path) -> BatteryState | None:
    """The system batteries and power inputs under ``root`` (Linux's power_supply class)."""
    try:
        supplies = sorted(p for p in root.iterdir() if p.is_dir())
    except OSError:
        return None
    energies: list[tuple[float, float] | None] = []
    capacities: list[float] = []
    statuses: list[str] = []
    online: list[bool] = []
    for supply in supplies:
        kind = _read(supply / "type")
        if kind in _EXTERNAL:
            state = _read(supply / "online")
            if state is not None:
                online.append(state == "1")
            continue
        # A wireless mouse's battery is "Device" scope: it says nothing about the laptop.
        if kind != "Battery" or _read(supply / "scope") == "Device":
            continue
        if _read(supply / "present") == "0":
            continue
        energy = _pair(supply, "energy") or _pair(supply, "charge")
        capacity = 100.0 * energy[0] / energy[1] if energy else _float(_read(supply / "capacity"))
        if capacity is None:
            continue
        energies.append(energy)
        capacities.append(capacity)
        statuses.append(_read(supply / "status") or "Unknown")
    if not capacities:
        return None
    known = [e for e in energies if e is not None]
    if len(known) == len(energies):
        # Two batteries (some ThinkPads): the charge of both together, by their energy.
        percent = 100.0 * sum(n for n, _ in known) / sum(f for _, f in known)
    else:
        percent = sum(capacities) / len(capacities)
    return BatteryState(max(0.0, min(100.0, percent)), _plugged(online, statuses))


def battery_warning(state: BatteryState | None, minutes_recorded: float) -> str | None:
    """``"critical"`` below 10 %, ``"low"`` below 20 % on battery; otherwise None.

    On the mains there is nothing to warn about; when it is unknown whether the laptop is
    plugged in, the charge alone decides. ``minutes_recorded`` is how long the recording runs
    so far: the thresholds do not depend on it (yet), the caller passes it so a rule that
    estimates the drain can be added without touching the UI.
    """
    if state is None or state.plugged is True:
        return None
    if state.percent < CRITICAL_PERCENT:
        return "critical"
    if state.percent < LOW_PERCENT:
        return "low"
    return None


def _plugged(online: list[bool], statuses: list[str]) -> bool | None:
    if any(online):
        return True
    if online:
        return False
    if "Discharging" in statuses:
        return False
    if any(s in ("Charging", "Full", "Not charging") for s in statuses):
        return True
    return None


def _pair(supply: Path, prefix: str) -> tuple[float, float] | None:
    """``<prefix>_now`` and ``<prefix>_full`` (µWh or µAh), when both are there and sensible."""
    now, full = _float(_read(supply / f"{prefix}_now")), _float(_read(supply / f"{prefix}_full"))
    if now is None or full is None or full <= 0:
        return None
    return now, full


def _float(text: str | None) -> float | None:
    if text is None:
        return None
    with contextlib.suppress(ValueError):
        return float(text)
    return None


def _read(path: Path) -> str | None:
    try:
        return path.read_text("ascii", "replace").strip()
    except OSError:
        return None
