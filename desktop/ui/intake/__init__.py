"""The intake form where front-desk officers record complaints."""
