"""Hostile input: damaged, disguised, oversized and malicious files, fuzzing, full disks, personal data."""
