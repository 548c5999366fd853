"""The interface to synchronisation with SP4N-LAPOR!: the round runner, the status area, the
sync panel, and the settings and mapping tabs. Modules here import the `sync` library lazily
where it pulls in the database code (the first window starts without it)."""
