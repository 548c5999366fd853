"""The "Laporan" tab: a period's figures K1-K16, their definitions and charts."""
