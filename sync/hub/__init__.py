"""The sandbox hub: an emulation of the national SP4N-LAPOR! v3 API for training and tests.

Run it with `python -m sync.hub --port 8765 --db hub.sqlite` (see `--help`); it serves
127.0.0.1 only. The contract it implements is docs/lapor-api.md: the endpoints with LAPOR!'s
envelope and auth headers, plus its own controls under `/_hub/` (list every complaint, inject
faults, move the clock, count requests).

What it does besides answering:

- keeps everything in its own SQLite file (WAL), each write committed before the answer;
- plays the national side on its own clock (real time x `--speed`, plus `/_hub/advance`):
  verification, disposition to the target institution, an institution's answer, completion,
  or for about one complaint in ten a rejection (`national.py` has the timetable);
- injects faults per run (`--fault-rate`, `--faults`, `POST /_hub/faults`) or per request
  (`POST /_hub/faults/next`): `faults.py` lists them, `handler.py` applies them to the socket.

Modules: `__main__` (command line), `server` (threaded server, `start_hub` for tests), `handler`
(one connection, faults), `api` (LAPOR! endpoints), `control` (`/_hub/`), `validation` (422
checks), `records` (complaint queries), `national` (the national side), `store` (database,
master data), `masters` (reference data and texts), `clock` (hub time, WIB dates), `faults`.
"""
