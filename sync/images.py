"""Attachments made ready for upload to LAPOR!: photos re-encoded, documents as they are.

Why re-encode photos: a phone photo is several megabytes and often lies on its side until a
viewer reads its EXIF orientation; worse, its EXIF can carry the GPS position where it was
taken, which can reveal the reporter. So a photo goes out upright, at most 1600 px on its long
side, as a JPEG (quality 80) without any metadata: no EXIF, GPS, XMP, ICC profile or comment.

Only the image formats the desk accepts are decoded (Pillow knows many more, each a parser an
attacker could aim at), and Pillow's decompression-bomb limit applies. This is a pure function
on bytes: the stored original is never touched.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from enum import StrEnum

from PIL import Image, ImageOps

from desktop.domain.attachments import ALLOWED_MEDIA_TYPES, IMAGE_TYPES

log = logging.getLogger("sync")

LONGEST_SIDE = 1600
JPEG_QUALITY = 80
# Pillow's own names of the formats behind IMAGE_TYPES. MPO is how Pillow opens camera JPEGs
# with a second (depth or preview) picture; HEIF only exists if a plugin (pillow-heif) is added.
_PILLOW_FORMATS = ("JPEG", "MPO", "PNG", "GIF", "WEBP", "TIFF", "BMP", "DIB", "HEIF")
_SIXTEEN_BIT_GREY = frozenset({"I;16", "I;16L", "I;16B", "I;16N", "I"})
_WITH_ALPHA = frozenset({"RGBA", "RGBa", "LA", "La", "PA"})


class UploadProblem(StrEnum):
    TOO_LARGE = "too_large"
    UNREADABLE_IMAGE = "unreadable_image"
    TYPE_NOT_ALLOWED = "type_not_allowed"
    # A TIFF of several pages (a scanned letter): one JPEG would drop all pages but the first.
    MULTI_PAGE_IMAGE = "multi_page_image"


class AttachmentRefusedError(Exception):
    """An attachment that cannot be sent. `size` and `limit` (bytes) are set for TOO_LARGE:
    the size of what would have been sent, and the hub's limit."""

    def __init__(
        self, problem: UploadProblem, *, size: int | None = None, limit: int | None = None
    ) -> None:
        figures = "" if size is None else f" ({size} bytes, limit {limit})"
        super().__init__(f"{problem}{figures}")
        self.problem = problem
        self.size = size
        self.limit = limit


@dataclass(frozen=True)
class UploadFile:
    """What is sent: a file name, its media type and its bytes."""

    name: str
    media_type: str
    data: bytes = field(repr=False)  # megabytes have no place in a log line


def prepare_upload(name: str, media_type: str, data: bytes, max_bytes: int) -> UploadFile:
    """The file to upload for an attachment; AttachmentRefusedError when it cannot be sent."""
    media_type = media_type.strip().lower()
    if media_type not in ALLOWED_MEDIA_TYPES:
        raise AttachmentRefusedError(UploadProblem.TYPE_NOT_ALLOWED)
    if media_type in IMAGE_TYPES:
        prepared = UploadFile(_jpeg_name(name), "image/jpeg", _reencoded(data))
    else:
        prepared = UploadFile(name, media_type, data)
    if len(prepared.data) > max_bytes:
        raise AttachmentRefusedError(
            UploadProblem.TOO_LARGE, size=len(prepared.data), limit=max_bytes
        )
    return prepared


def _reencoded(data: bytes) -> bytes:
    try:
        with Image.open(io.BytesIO(data), formats=_readable_formats()) as image:
            _refuse_bombs_and_pages(image)
            # A big JPEG is decoded at 1/2, 1/4 or 1/8 scale straight away: less memory, and
            # still twice the final size, so the last resampling keeps the detail.
            image.draft(None, _draft_size(image.size))
            upright = ImageOps.exif_transpose(image)
            flat = _jpeg_ready(upright)
            flat.thumbnail((LONGEST_SIDE, LONGEST_SIDE), Image.Resampling.LANCZOS)
            flat.info = {}  # nothing of the original's metadata rides along (comment, dpi ...)
            out = io.BytesIO()
            flat.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
            return out.getvalue()
    except AttachmentRefusedError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        # The warning arrives as an exception only where warnings are errors (as in the tests).
        log.warning("image refused: %s", type(error).__name__)
        raise AttachmentRefusedError(UploadProblem.UNREADABLE_IMAGE) from error
    except Exception as error:
        # Decoders of untrusted bytes fail in many ways (OSError, ValueError, SyntaxError,
        # struct.error, EOFError ...): whatever the way, the image cannot be read.
        log.warning("image not readable: %s", type(error).__name__)
        raise AttachmentRefusedError(UploadProblem.UNREADABLE_IMAGE) from error


def _readable_formats() -> tuple[str, ...]:
    Image.init()  # loads Pillow's plugins (and any registered HEIF one) once
    return tuple(f for f in _PILLOW_FORMATS if f in Image.OPEN)


def _refuse_bombs_and_pages(image: Image.Image) -> None:
    width, height = image.size
    limit = Image.MAX_IMAGE_PIXELS
    if limit is not None and width * height > limit:
        # Pillow only warns between the limit and twice it; we do not decode it at all.
        raise AttachmentRefusedError(UploadProblem.UNREADABLE_IMAGE)
    if image.format == "TIFF" and getattr(image, "n_frames", 1) > 1:
        raise AttachmentRefusedError(UploadProblem.MULTI_PAGE_IMAGE)
    # Animated GIF and WebP: the first frame is kept, a still is evidence enough.


def _draft_size(size: tuple[int, int]) -> tuple[int, int]:
    width, height = size
    scale = 2 * LONGEST_SIDE / max(width, height, 1)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _jpeg_ready(image: Image.Image) -> Image.Image:
    """`image` in a mode JPEG can hold (RGB or L), transparency flattened onto white."""
    if image.mode in _SIXTEEN_BIT_GREY:
        # 16-bit grey (some scanners): scale to 8 bits; a plain conversion would clip at 255.
        return image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if image.mode in _WITH_ALPHA or "transparency" in image.info:
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, "white")
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    if image.mode in ("L", "RGB"):
        return image
    if image.mode == "1":
        return image.convert("L")
    return image.convert("RGB")  # palette, CMYK, YCbCr, LAB, HSV, 32-bit float


def _jpeg_name(name: str) -> str:
    stem = name.rpartition(".")[0] if "." in name else name
    return f"{stem or 'lampiran'}.jpg"  # lampiran: attachment, for a name that was only ".png"
