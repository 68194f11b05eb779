"""Tests of the signal catalogue, the odds model and personal calibration."""
