"""Storage: the SQLite database (SQLAlchemy models, queries, migrations) and attachment files."""
