"""Recordings that differ but sound alike: same voice, same opening script, other words.

The hardest case for a false "transcoded": every conversation opens with the standard agreement
script, read by the same synthetic voice, so the first seconds are the same sound in both.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from tests.support.speech import SENTENCES, make_speech, pink_noise

__all__ = ["OPENING_SCRIPT", "conversation"]

RATE = 48000

#: The standard opening (DESIGN §3, tip 1), the same in every recording.
OPENING_SCRIPT = (
    "Wilt u het gesprek opnemen? Dat mag, en het hoeft niet stiekem. "
    "We spreken af dat we de opname alleen thuis beluisteren en niet knippen."
)


def conversation(seed: int, seconds: float, cache_dir: Path, *, voice: str = "nl") -> np.ndarray:
    """The opening script, then sentences drawn by ``seed``, all in one voice; int16 mono."""
    rng = random.Random(seed)
    parts = [make_speech(OPENING_SCRIPT, voice=voice, seed=1, cache_dir=cache_dir)]
    total = len(parts[0])
    while total < seconds * RATE:
        pause = pink_noise(
            int(rng.uniform(0.3, 1.2) * RATE), level=0.003, seed=rng.randrange(10**6)
        )
        sentence = make_speech(
            rng.choice(SENTENCES),
            voice=voice,
            speed=rng.randrange(140, 180),
            pitch=rng.randrange(35, 65),
            seed=rng.randrange(10**6),
            cache_dir=cache_dir,
        )
        parts += [np.clip(pause * 32767, -32768, 32767).astype(np.int16), sentence]
        total += len(parts[-2]) + len(sentence)
    return np.concatenate(parts)[: int(seconds * RATE)]
