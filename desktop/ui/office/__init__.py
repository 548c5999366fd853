"""Office mode in the window: the background exchange with the office server, its word in the
status bar, and joining an office (Pengaturan › Gabung ke server kantor…)."""
