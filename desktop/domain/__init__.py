"""The desk's domain: complaints, their rules and calendars. Pure Python: no Qt, no database."""
