"""The unit's reports: the Laporan tab, the register of issued reports, evidence documents."""
