"""What the desk's two peers (the office server, SP4N-LAPOR!) share in the window: a status
area in the status bar and a runner that works with the peer off the GUI thread."""
