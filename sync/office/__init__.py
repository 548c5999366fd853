"""Office mode: the office server (headless) and the desk's exchange with it.

`server` (Starlette, served by uvicorn) is imported only by `python -m sync.office serve`:
nothing on the desk's start-up path loads the HTTP server stack. The desk's side (`join`,
`exchange`, `client`) uses requests, as the LAPOR! adapter does. See docs/office-mode.md.
"""
