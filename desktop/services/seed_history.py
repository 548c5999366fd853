"""Invented follow-up histories for seeded complaints: the paths a regency desk's complaints take.

Older complaints have gone further (most are answered and closed); recent ones are still being
verified or worked on, and a share of them runs late, so every list and deadline has something
to show. About five events a complaint on average.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from collections.abc import Sequence
from typing import Protocol

from desktop.domain.follow_up import ContactMethod, EventKind, FollowUpEvent

NOTES = (
    "Koordinasi dengan kepala bidang terkait, menunggu jadwal peninjauan lapangan.",
    "Sudah dicek ke lokasi bersama aparat desa, kondisi sesuai laporan.",
    "Berkas pelapor lengkap, diteruskan ke seksi pelayanan.",
    "Dinas meminta tambahan foto lokasi kejadian.",
    "Anggaran perbaikan masuk usulan perubahan tahun berjalan.",
    "Pelapor menghubungi kembali menanyakan perkembangan.",
    "Rapat koordinasi lintas perangkat daerah dijadwalkan minggu depan.",
    "Petugas kebersihan kecamatan sudah diberi tahu.",
    "Menunggu tanggapan tertulis dari puskesmas.",
    "Data penerima bantuan dicocokkan dengan DTKS.",
    "Camat meminta laporan singkat hasil peninjauan.",
    "Kontraktor pelaksana dipanggil untuk klarifikasi.",
)
CONTACT_OUTCOMES = (
    "Pelapor membenarkan kejadian dan bersedia dihubungi lagi.",
    "Tidak diangkat, akan dicoba lagi besok pagi.",
    "Pelapor mengirim foto tambahan lewat pesan singkat.",
    "Bertemu langsung di kantor desa, keterangan dicatat.",
    "Surat pemberitahuan dikirim ke alamat pelapor.",
)
CLARIFICATIONS = (
    "Mohon lengkapi alamat kejadian dan waktu kejadian.",
    "Mohon kirim salinan bukti pembayaran yang dimaksud.",
    "Mohon sebutkan nama petugas atau loket yang melayani.",
)
ANSWERS = (
    "Perbaikan jalan telah dijadwalkan dan dikerjakan oleh Dinas PUPR.",
    "Lampu penerangan jalan sudah diganti oleh petugas dishub.",
    "Pungutan tersebut tidak resmi; petugas yang bersangkutan sudah diberi sanksi.",
    "Sampah sudah diangkut dan jadwal pengangkutan ditambah.",
    "KTP elektronik pelapor sudah dicetak dan dapat diambil di kecamatan.",
    "Informasi yang diminta sudah disampaikan melalui surat.",
    "Usulan dicatat dan dibahas dalam musrenbang kecamatan.",
    "Saluran air sudah dibersihkan bersama warga dan dinas terkait.",
    "Antrean puskesmas diatur dengan nomor antrean daring mulai bulan depan.",
)
ARCHIVE_REASONS = ("Laporan tidak dapat ditindaklanjuti: identitas lokasi tidak jelas.",)
VERIFY_NOTES = ("Laporan lengkap dan dapat ditindaklanjuti.", "")


class _Ended(Exception):
    """The next step would lie after today: the history stops where the complaint is now."""


class HistoryMaker:
    def __init__(self, rng: random.Random, units: Sequence[int], now: dt.datetime) -> None:
        self._rng = rng
        self._units = list(units)
        self._now = now

    def history(self, received: dt.datetime) -> list[FollowUpEvent]:
        events: list[FollowUpEvent] = []
        moment = received
        chance = self._rng.random
        slow = chance() < 0.12  # this complaint's steps drag on: it runs late

        def add(kind: EventKind, most_days: float, **fields: object) -> None:
            nonlocal moment
            days = most_days * (6 if slow else 1)
            moment += dt.timedelta(hours=1 + chance() * days * 24)
            if moment > self._now:
                raise _Ended
            events.append(FollowUpEvent(kind=kind, at=moment, **fields))  # type: ignore[arg-type]

        with contextlib.suppress(_Ended):
            self._path(add)
        return events

    def _path(self, add: _Add) -> None:
        rng, chance = self._rng, self._rng.random
        if chance() < 0.08:
            add(EventKind.HELD, 2, text=rng.choice(CLARIFICATIONS))
            add(
                EventKind.CONTACT, 4, text=rng.choice(CONTACT_OUTCOMES), contact_method=_method(rng)
            )
            add(EventKind.RESUMED, 6)
        decision = chance()
        if decision < 0.04:
            add(EventKind.FORWARDED, 3, institution_id=rng.choice(self._units), text="")
            return
        if decision < 0.08:
            add(EventKind.ARCHIVED, 3, reason=rng.choice(ARCHIVE_REASONS))
            return
        add(EventKind.VERIFIED, 2.5, text=rng.choice(VERIFY_NOTES))
        add(EventKind.DISPOSED, 2, unit_id=rng.choice(self._units), text="Mohon ditindaklanjuti.")
        add(EventKind.PROCESS_STARTED, 4)
        for _ in range(int(chance() * 3)):
            if chance() < 0.5:
                add(EventKind.NOTE, 5, text=rng.choice(NOTES))
            else:
                add(
                    EventKind.CONTACT,
                    5,
                    text=rng.choice(CONTACT_OUTCOMES),
                    contact_method=_method(rng),
                )
        add(EventKind.ANSWERED, 8, text=rng.choice(ANSWERS))
        rating = 1 + int(chance() * 5) if chance() < 0.7 else None
        add(EventKind.CLOSED, 3, rating=rating)


def _method(rng: random.Random) -> ContactMethod:
    return rng.choice(list(ContactMethod))


class _Add(Protocol):
    def __call__(self, kind: EventKind, most_days: float, **fields: object) -> None: ...
