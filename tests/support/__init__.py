"""Test support code: synthetic Dutch speech and a real virtual microphone (PulseAudio)."""
