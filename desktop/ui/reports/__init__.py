"""Reports: the "Laporan" tab and the words of the report files."""
