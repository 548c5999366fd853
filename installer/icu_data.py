"""A smaller ICU data library for the Linux bundle, made at build time by meja-aduan.spec.

PySide6's wheels ship ICU 73 with its complete data as one 32 MB library, libicudata.so.73,
whose only symbol, `icudt<N>_dat`, is an ICU common data package (`CmnD`, the format of an
`icudt<N>l.dat` file). Qt is ICU's only user in the bundle, and Qt 6 calls ICU for four things
only (the `u*_73` symbols libQt6Core imports; no other Qt library of the bundle imports any):

- case mapping (u_strToUpper/u_strToLower): properties built into libicuuc, no data package;
- collation (ucol_*, QCollator, e.g. a file dialog's sorting): coll/, the locale tree, the
  normalisation data (*.nrm) and the UCA (coll/ucadata.icu);
- time-zone ids and names (ucal_getCanonicalTimeZoneID, ucal_getTimeZoneDisplayName): the
  zoneinfo, metaZones and timezoneTypes resources, zone/, the locale tree (calendar, numbers);
- text codecs other than the built-in UTF ones (ucnv_*, QStringConverter by name): *.cnv and
  cnvalias.icu.

So the package loses the trees no such call reads: brkitr/ (word and line break rules and the
CJK/Thai/Khmer/Lao/Burmese dictionaries: Qt breaks text with its own tables), translit/
(transliterators), rbnf/ (rule-based number spelling), unit/ (measure-unit names), lang/ and
region/ (language and country display names, for LocaleDisplayNames), the StringPrep and
spoof-check profiles (*.spp, IDNA2003/usprep: Qt does its own IDNA) and unames.icu (Unicode
character names, u_charName). Everything else is copied byte for byte, in the same order.
"""

from __future__ import annotations

import re
import struct
import subprocess
from pathlib import Path

# Trees and items of the package ("icudt73l/<item>") that no ICU service Qt calls reads.
DROPPED = re.compile(r"^[^/]+/(brkitr|translit|rbnf|unit|lang|region)/|\.spp$|^[^/]+/unames\.icu$")
_ALIGN = 16  # ICU aligns every item of a package on 16 bytes


def _elf_symbol(library: bytes, name: bytes) -> tuple[int, int]:
    """File offset and size of a defined dynamic symbol in a 64-bit little-endian ELF file."""
    if library[:6] != b"\x7fELF\x02\x01":
        raise ValueError("not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", library, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)
    ]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link][4]
        for at in range(offset, offset + size, entsize):
            st_name, _st_info, _other, shndx, value, st_size = struct.unpack_from(
                "<IBBHQQ", library, at
            )
            end = library.index(b"\0", strtab + st_name)
            if library[strtab + st_name : end] == name and shndx != 0:
                _n, _k, _f, addr, sec_offset, *_ = sections[shndx]
                return value - addr + sec_offset, st_size
    raise ValueError(f"no symbol {name.decode()}")


def _items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, bytes) items of an ICU common data package."""
    header_size, magic = struct.unpack_from("<H2s", package, 0)
    if magic != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = header_size
    (count,) = struct.unpack_from("<I", package, toc)
    entries = [struct.unpack_from("<II", package, toc + 4 + 8 * i) for i in range(count)]
    ends = [data for _name, data in entries[1:]] + [len(package) - toc]
    items = []
    for (name_at, data_at), end in zip(entries, ends, strict=True):
        name = package[toc + name_at : package.index(b"\0", toc + name_at)].decode("ascii")
        items.append((name, package[toc + data_at : toc + end]))
    return package[:header_size], items


def _package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common data package (offset table of contents) of items, in the order given
    (sorted by name, which ICU's binary search needs)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    names_at = 4 + 8 * len(items)
    data_at = -(-(len(header) + names_at + len(names)) // _ALIGN) * _ALIGN - len(header)
    toc = [struct.pack("<I", len(items))]
    body = []
    name_offset, offset = names_at, data_at
    for name, data in items:
        toc.append(struct.pack("<II", name_offset, offset))
        name_offset += len(name) + 1
        padded = data + b"\0" * (-len(data) % _ALIGN)
        body.append(padded)
        offset += len(padded)
    start = header + b"".join(toc) + names
    return start + b"\0" * (len(header) + data_at - len(start)) + b"".join(body)


def slim_library(library: Path, work: Path) -> Path:
    """A copy of libicudata (same file name, soname and symbol) without the DROPPED items."""
    data = library.read_bytes()
    symbol = re.search(rb"icudt\d+_dat", data)
    if symbol is None:
        raise ValueError(f"{library}: no icudt<N>_dat symbol")
    offset, size = _elf_symbol(data, symbol.group())
    header, items = _items(data[offset : offset + size])
    kept = [(name, item) for name, item in items if not DROPPED.search(name)]
    if not any(name.endswith("/coll/ucadata.icu") for name, _ in kept) or len(kept) == len(items):
        raise ValueError(f"{library}: unexpected ICU data layout")
    work.mkdir(parents=True, exist_ok=True)
    (work / "icudata.dat").write_bytes(_package(header, kept))
    name = symbol.group().decode()
    (work / "icudata.s").write_text(
        "\t.section .rodata\n"
        f"\t.globl {name}\n\t.type {name}, @object\n\t.balign {_ALIGN}\n"
        f'{name}:\n\t.incbin "icudata.dat"\n\t.size {name}, . - {name}\n'
        '\t.section .note.GNU-stack,"",@progbits\n'
    )
    subprocess.run(["as", "-o", "icudata.o", "icudata.s"], cwd=work, check=True)
    out = work / library.name
    subprocess.run(
        ["ld", "-shared", "-soname", library.name, "-o", out.name, "icudata.o"],
        cwd=work,
        check=True,
    )
    return out
