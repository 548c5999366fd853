"""Signing in, setting up a desk, the idle lock and account management."""
