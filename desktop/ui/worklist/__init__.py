"""The list of recorded complaints and the read-only detail view."""
