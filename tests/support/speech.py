"""Synthetic, deterministic Dutch speech for audio tests.

``make_speech`` renders one utterance with espeak-ng, lets sox resample it to 48 kHz mono
16-bit and add a room (reverb) and some headroom (gain -3), then mixes in a seeded pink-ish
noise floor so that the result never contains runs of exact digital silence (real microphones
never deliver those).

``speech_program`` strings several utterances in varied voices, speeds, pitches and levels together,
with pauses that hold only the noise floor: a realistic stretch of "conversation" of a given length.

Everything is deterministic for a given seed and cached on disk by a hash of the arguments. The seed
and the random choices are printed, so a failing test can be replayed with the same input.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np

__all__ = [
    "APT_PACKAGES",
    "SENTENCES",
    "VOICES",
    "make_speech",
    "missing_audio_packages",
    "pink_noise",
    "require_speech_tools",
    "speech_program",
]

#: Debian packages behind each binary used by the audio test support code.
APT_PACKAGES: dict[str, str] = {
    "espeak-ng": "espeak-ng",
    "sox": "sox",
    "pulseaudio": "pulseaudio",
    "pactl": "pulseaudio-utils",
}

#: Bump when the rendering pipeline changes, so stale cache entries are not reused.
_PIPELINE_VERSION = 1

#: Dutch voices (espeak-ng "language+variant").
VOICES: tuple[str, ...] = ("nl", "nl+f3", "nl+m3", "nl+f2", "nl+m7", "nl+f4", "nl+m1")

#: Sentences that could be said in a conversation with an ombudsman's office.
SENTENCES: tuple[str, ...] = (
    "Goedemiddag, fijn dat u tijd heeft voor dit gesprek.",
    "Ik wil graag even vastleggen dat we dit gesprek opnemen, is dat goed?",
    "Ja, dat is goed. Ik heb er geen bezwaar tegen.",
    "Mijn klacht gaat over de brief die ik in maart van de gemeente kreeg.",
    "Daarin stond dat mijn toeslag werd stopgezet, zonder uitleg waarom.",
    "Ik heb drie keer gebeld, maar niemand kon mij precies vertellen wat er aan de hand was.",
    "Dat begrijp ik. Wanneer heeft u voor het eerst contact opgenomen?",
    "Dat was op vrijdag veertien april, rond half elf 's ochtends.",
    "Heeft u toen een nummer van de melding gekregen?",
    "Nee, ik kreeg alleen te horen dat ik een e-mail zou ontvangen.",
    "Die e-mail is nooit gekomen. Daarom ben ik bij u terechtgekomen.",
    "We gaan uw klacht zorgvuldig bekijken en nemen binnen zes weken contact met u op.",
    "U krijgt na afloop een kopie van deze opname, als u dat wilt.",
    "Heeft u verder nog vragen of opmerkingen?",
    "Nee, dank u wel. Ik ben blij dat er eindelijk iemand naar luistert.",
)


def missing_audio_packages(binaries: Iterable[str] = ("espeak-ng", "sox")) -> list[str]:
    """Return the Debian packages that provide the given binaries but are not on PATH."""
    missing: list[str] = []
    for binary in binaries:
        package = APT_PACKAGES.get(binary, binary)
        if shutil.which(binary) is None and package not in missing:
            missing.append(package)
    return missing


def _apt_hint(packages: Iterable[str]) -> str:
    return "apt-get install -y --no-install-recommends " + " ".join(packages)


def require_speech_tools() -> None:
    """Raise ``RuntimeError`` naming the Debian packages to install if espeak-ng/sox is absent."""
    missing = missing_audio_packages(("espeak-ng", "sox"))
    if missing:
        raise RuntimeError(
            f"Synthetic test speech needs {', '.join(missing)}, which is not installed. "
            f"Install it with: {_apt_hint(missing)}"
        )


def pink_noise(n: int, *, level: float, seed: int) -> np.ndarray:
    """Seeded pink-ish noise as float64 in full-scale units (1.0 = int16 full scale).

    White Gaussian noise is shaped to a 1/f power spectrum in the frequency domain and scaled to
    an RMS of ``level`` (``0.003`` is about -50 dBFS, a quiet room through a cheap microphone).
    """
    if n <= 0:
        return np.zeros(0, dtype=np.float64)
    rng = np.random.default_rng(seed)
    spectrum = np.fft.rfft(rng.standard_normal(n))
    freqs = np.arange(spectrum.size, dtype=np.float64)
    freqs[0] = 1.0  # keep DC finite; it is removed below
    spectrum /= np.sqrt(freqs)
    spectrum[0] = 0.0
    noise = np.fft.irfft(spectrum, n)
    rms = float(np.sqrt(np.mean(noise**2)))
    if rms == 0.0:
        return np.zeros(n, dtype=np.float64)
    return noise * (level / rms)


def _to_int16(signal: np.ndarray) -> np.ndarray:
    """Convert full-scale float to int16 with rounding and clipping."""
    return np.clip(np.rint(signal * 32767.0), -32768, 32767).astype(np.int16)


def _cache_key(kind: str, **params: object) -> str:
    blob = json.dumps(
        {"kind": kind, "version": _PIPELINE_VERSION, **params}, sort_keys=True, ensure_ascii=False
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:24]


def _load_cached(path: Path) -> np.ndarray | None:
    if not path.exists():
        return None
    try:
        data: np.ndarray = np.load(path, allow_pickle=False)
    except (OSError, ValueError):
        return None
    return data.astype(np.int16, copy=False)


def _store_cached(path: Path, samples: np.ndarray) -> None:
    """Write atomically, so parallel test processes never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.stem, suffix=".tmp.npy")
    try:
        with os.fdopen(fd, "wb") as handle:
            np.save(handle, samples, allow_pickle=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _run(cmd: list[str]) -> None:
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(
            f"{cmd[0]} failed with exit status {result.returncode}: {' '.join(cmd)}\n"
            f"{result.stderr.strip()}"
        )


def _render_with_tools(
    text: str, *, voice: str, speed: int, pitch: int, rate: int, reverb: bool
) -> np.ndarray:
    """espeak-ng -> wav -> sox (resample, mono, 16-bit, reverb, gain -3) -> int16 samples."""
    import soundfile as sf

    require_speech_tools()
    with tempfile.TemporaryDirectory(prefix="opnamestudio-speech-") as tmp:
        raw = Path(tmp) / "espeak.wav"
        cooked = Path(tmp) / "speech.wav"
        _run(["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch), "-w", str(raw), text])
        effects = ["pad", "0", "0.3", "reverb", "30"] if reverb else []
        # -R: repeatable (seeded) processing; -D: no dither, our own noise floor does that job.
        _run(
            [
                "sox",
                "-R",
                "-D",
                str(raw),
                "-r",
                str(rate),
                "-c",
                "1",
                "-b",
                "16",
                "-e",
                "signed-integer",
                str(cooked),
                *effects,
                "gain",
                "-3",
            ]
        )
        samples, file_rate = sf.read(str(cooked), dtype="int16", always_2d=False)
    if file_rate != rate:
        raise RuntimeError(f"sox produced {file_rate} Hz instead of {rate} Hz")
    return np.asarray(samples, dtype=np.int16).reshape(-1)


def make_speech(
    text: str,
    *,
    voice: str = "nl",
    speed: int = 160,
    pitch: int = 50,
    seed: int,
    rate: int = 48000,
    noise: float = 0.003,
    reverb: bool = True,
    cache_dir: Path,
) -> np.ndarray:
    """Render ``text`` as int16 mono speech at ``rate`` Hz, with a seeded noise floor.

    The result is cached in ``cache_dir`` by a hash of all arguments. With ``noise > 0`` the output
    has no runs of exact digital silence. Raises ``RuntimeError`` naming the Debian packages to
    install when espeak-ng or sox is missing.
    """
    cache_dir = Path(cache_dir)
    key = _cache_key(
        "speech",
        text=text,
        voice=voice,
        speed=speed,
        pitch=pitch,
        seed=seed,
        rate=rate,
        noise=noise,
        reverb=reverb,
    )
    path = cache_dir / f"speech-{key}.npy"
    cached = _load_cached(path)
    if cached is not None:
        return cached

    clean = _render_with_tools(
        text, voice=voice, speed=speed, pitch=pitch, rate=rate, reverb=reverb
    )
    signal = clean.astype(np.float64) / 32767.0
    if noise > 0:
        signal += pink_noise(signal.size, level=noise, seed=seed)
    samples = _to_int16(signal)
    _store_cached(path, samples)
    return samples


def speech_program(seed: int, seconds: float, cache_dir: Path, *, rate: int = 48000) -> np.ndarray:
    """A realistic stretch of Dutch conversation, exactly ``seconds`` long, as int16 mono.

    Sentences in varied voices, speeds, pitches and levels (all drawn from
    ``random.Random(seed)``) alternate with pauses; one continuous seeded noise floor runs
    underneath everything, so pauses are quiet but never digital zero. The seed and every choice
    are printed.
    """
    # Only the utterances are cached (by make_speech): mixing is cheap, and going through the
    # choices every time prints them every time.
    cache_dir = Path(cache_dir)
    total = round(seconds * rate)
    rng = random.Random(seed)
    print(f"speech_program: seed={seed} seconds={seconds} rate={rate}")

    floor_level = rng.uniform(0.002, 0.004)
    signal = pink_noise(total, level=floor_level, seed=seed)
    print(f"  noise floor rms={floor_level:.4f} FS")

    position = round(rng.uniform(0.2, 0.6) * rate)  # a little lead-in before the first words
    index = 0
    deck: list[str] = []  # every sentence once before any repeats
    while position < total:
        if not deck:
            deck = list(SENTENCES)
            rng.shuffle(deck)
        sentence = deck.pop()
        voice = rng.choice(VOICES)
        speed = rng.randint(130, 190)
        pitch = rng.randint(30, 75)
        gain_db = rng.uniform(-12.0, 0.0)
        pause = rng.uniform(0.25, 1.4)
        print(
            f"  [{index}] at {position / rate:6.2f}s voice={voice} speed={speed} pitch={pitch} "
            f"gain={gain_db:+.1f} dB pause={pause:.2f}s: {sentence}"
        )
        utterance = make_speech(
            sentence,
            voice=voice,
            speed=speed,
            pitch=pitch,
            seed=seed * 1000 + index,
            rate=rate,
            noise=0.0,
            reverb=True,
            cache_dir=cache_dir,
        )
        chunk = utterance.astype(np.float64) / 32767.0 * (10.0 ** (gain_db / 20.0))
        end = min(total, position + chunk.size)
        signal[position:end] += chunk[: end - position]
        position = end + round(pause * rate)
        index += 1

    return _to_int16(signal)
