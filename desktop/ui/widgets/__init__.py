"""Small reusable widgets of the desk's forms."""
