"""Attachments prepared for upload: photos upright, small, without metadata; documents as is."""

from __future__ import annotations

import functools
import io
import struct
import warnings
import zlib

import pytest
from PIL import Image, ImageCms
from PIL.ExifTags import GPS, IFD, Base

from sync.images import AttachmentRefusedError, UploadProblem, prepare_upload

LIMIT = 10 * 1024 * 1024
RED = (230, 20, 20)
BLUE = (20, 20, 230)
LOCATION_NOTE = b"Lokasi pelapor: Jl. Melati 3, Cibinong"
PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + b"KTP 3201014508900002\n" * 50 + b"%%EOF\n"
)


@functools.cache
def camera_photo() -> bytes:
    """A 4000x3000 phone photo stored on its side (EXIF orientation 6: turn it 90 degrees
    clockwise to view), with GPS position, camera make, a comment and an ICC profile. Stored
    top half red, bottom half blue; upright, the red is on the right."""
    size = (4000, 3000)
    halves = Image.new("RGB", size, BLUE)
    halves.paste(RED, (0, 0, 4000, 1500))
    grain = Image.effect_noise(size, 30).convert("RGB")  # real photos do not compress to nothing
    photo = Image.blend(halves, grain, 0.15)
    exif = Image.Exif()
    exif[Base.Orientation] = 6
    exif[Base.Make] = "Samsung"
    gps = exif.get_ifd(IFD.GPSInfo)
    gps[GPS.GPSLatitudeRef] = "S"
    gps[GPS.GPSLatitude] = (6.0, 28.0, 51.5)
    gps[GPS.GPSLongitudeRef] = "E"
    gps[GPS.GPSLongitude] = (106.0, 50.0, 3.25)
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    photo.save(
        out, "JPEG", quality=95, exif=exif.tobytes(), comment=LOCATION_NOTE, icc_profile=srgb
    )
    return out.getvalue()


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def encoded(image: Image.Image, format: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format, **options)
    return out.getvalue()


def refusal(name: str, media_type: str, data: bytes, max_bytes: int = LIMIT) -> UploadProblem:
    with pytest.raises(AttachmentRefusedError) as refused:
        prepare_upload(name, media_type, data, max_bytes)
    return refused.value.problem


def test_a_phone_photo_goes_out_upright_smaller_and_without_its_location() -> None:
    original = camera_photo()
    assert opened(original).getexif().get_ifd(IFD.GPSInfo)  # the test photo has a position

    upload = prepare_upload("IMG_20260312_0815.jpeg", "image/jpeg", original, LIMIT)

    assert (upload.name, upload.media_type) == ("IMG_20260312_0815.jpg", "image/jpeg")
    assert len(upload.data) < len(original) / 4
    image = opened(upload.data)
    assert (image.format, image.size) == ("JPEG", (1200, 1600))  # portrait, as it was taken
    left, right = image.getpixel((300, 800)), image.getpixel((900, 800))
    assert isinstance(left, tuple) and isinstance(right, tuple)
    assert left[2] > left[0] + 100  # blue on the left
    assert right[0] > right[2] + 100  # red on the right
    # No metadata at all: no EXIF (GPS, make, orientation), no comment, no colour profile.
    assert dict(image.getexif()) == {}
    assert not {"exif", "comment", "icc_profile", "xmp"} & set(image.info)
    assert b"Exif" not in upload.data
    assert LOCATION_NOTE not in upload.data
    assert b"Samsung" not in upload.data


def test_a_small_png_with_transparency_becomes_a_jpeg_on_white_not_enlarged() -> None:
    sign = Image.new("RGBA", (200, 100), (0, 0, 0, 0))  # left half transparent
    sign.paste((0, 160, 0, 255), (100, 0, 200, 100))  # right half opaque green
    upload = prepare_upload("tanda.png", "image/png", encoded(sign, "PNG"), LIMIT)
    assert (upload.name, upload.media_type) == ("tanda.jpg", "image/jpeg")
    image = opened(upload.data)
    assert (image.format, image.mode, image.size) == ("JPEG", "RGB", (200, 100))
    assert all(channel > 245 for channel in image.getpixel((40, 50)))  # type: ignore[union-attr]
    red, green, blue = image.getpixel((160, 50))  # type: ignore[misc]
    assert green > 130 and red < 30 and blue < 30


def test_a_pdf_passes_unchanged() -> None:
    upload = prepare_upload("surat-keberatan.pdf", "application/pdf", PDF, LIMIT)
    assert (upload.name, upload.media_type, upload.data) == (
        "surat-keberatan.pdf",
        "application/pdf",
        PDF,
    )


def test_the_upload_repr_leaves_out_the_bytes() -> None:
    upload = prepare_upload("surat.pdf", "application/pdf", PDF, LIMIT)
    assert "KTP" not in repr(upload)


@pytest.mark.parametrize(
    ("image", "format", "mode"),
    [
        pytest.param(
            Image.new("P", (64, 48), 3), "GIF", "RGB", id="palette GIF with a transparent index"
        ),
        pytest.param(Image.new("CMYK", (64, 48), (0, 200, 200, 0)), "JPEG", "RGB", id="CMYK"),
        pytest.param(Image.new("1", (64, 48), 1), "BMP", "L", id="black and white"),
        pytest.param(Image.new("L", (64, 48), 90), "PNG", "L", id="grey PNG"),
        pytest.param(Image.new("RGBA", (64, 48), (20, 20, 230, 128)), "WEBP", "RGB", id="WebP"),
        pytest.param(Image.new("RGB", (64, 48), RED), "TIFF", "RGB", id="TIFF"),
    ],
)
def test_other_modes_become_plain_jpegs(image: Image.Image, format: str, mode: str) -> None:
    options = {"transparency": 3} if format == "GIF" else {}
    media_type = f"image/{format.lower()}"
    data = encoded(image, format, **options)
    upload = prepare_upload(f"scan.{format.lower()}", media_type, data, LIMIT)
    result = opened(upload.data)
    assert (result.format, result.mode, result.size) == ("JPEG", mode, (64, 48))


def test_sixteen_bit_grey_is_scaled_not_clipped() -> None:
    scan = Image.new("I;16", (64, 48), 32768)  # mid grey in 16 bits
    upload = prepare_upload("scan.png", "image/png", encoded(scan, "PNG"), LIMIT)
    result = opened(upload.data)
    assert result.mode == "L"
    assert 120 < result.getpixel((10, 10)) < 136  # type: ignore[operator]


def test_an_animated_gif_goes_out_as_its_first_frame() -> None:
    frames = [Image.new("RGB", (40, 30), colour) for colour in (RED, BLUE)]
    animation = encoded(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)
    result = opened(prepare_upload("clip.gif", "image/gif", animation, LIMIT).data)
    red, _, blue = result.getpixel((20, 15))  # type: ignore[misc]
    assert red > blue + 100


def test_a_scan_of_several_pages_is_not_cut_to_its_first() -> None:
    pages = [Image.new("L", (60, 80), shade) for shade in (255, 200, 150)]
    letter = encoded(pages[0], "TIFF", save_all=True, append_images=pages[1:])
    assert refusal("surat.tiff", "image/tiff", letter) is UploadProblem.MULTI_PAGE_IMAGE


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\xff\xd8\xff\xe0 this is no JPEG at all " * 20, id="garbage"),
        pytest.param(b"", id="empty"),
        pytest.param(encoded(Image.effect_noise((400, 300), 50), "JPEG")[:3000], id="cut short"),
        # Pillow reads PPM, but the desk does not accept it: not decoded at all.
        pytest.param(encoded(Image.new("RGB", (8, 8)), "PPM"), id="format not accepted"),
    ],
)
def test_bytes_that_are_no_readable_image_are_refused(data: bytes) -> None:
    assert refusal("foto.jpg", "image/jpeg", data) is UploadProblem.UNREADABLE_IMAGE


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims to be width x height pixels: a decompression bomb's opening."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit grey
    tiny = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", tiny) + chunk(b"IEND", b"")
    )


def test_a_decompression_bomb_is_refused_before_it_is_decoded() -> None:
    assert refusal("bom.png", "image/png", png_header_only(100_000, 100_000)) is (
        UploadProblem.UNREADABLE_IMAGE
    )


def test_an_image_just_over_the_pixel_limit_is_refused_even_where_pillow_only_warns() -> None:
    side = 10_000  # 100 million pixels: over Pillow's limit (about 89 million), under twice it
    assert side * side > (Image.MAX_IMAGE_PIXELS or 0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # as in production
        problem = refusal("besar.png", "image/png", png_header_only(side, side))
    assert problem is UploadProblem.UNREADABLE_IMAGE


def test_a_document_over_the_limit_is_refused_with_its_figures() -> None:
    with pytest.raises(AttachmentRefusedError) as refused:
        prepare_upload("laporan.pdf", "application/pdf", PDF, max_bytes=100)
    error = refused.value
    assert (error.problem, error.size, error.limit) == (UploadProblem.TOO_LARGE, len(PDF), 100)


def test_the_limit_applies_to_the_reencoded_photo() -> None:
    original = camera_photo()
    sent = len(prepare_upload("foto.jpg", "image/jpeg", original, LIMIT).data)
    # A photo larger than the limit goes if its re-encoded copy fits ...
    assert len(prepare_upload("foto.jpg", "image/jpeg", original, sent).data) == sent
    assert len(original) > sent
    # ... and is refused with the re-encoded size if it does not.
    with pytest.raises(AttachmentRefusedError) as refused:
        prepare_upload("foto.jpg", "image/jpeg", original, sent - 1)
    assert (refused.value.problem, refused.value.size, refused.value.limit) == (
        UploadProblem.TOO_LARGE,
        sent,
        sent - 1,
    )


@pytest.mark.parametrize("media_type", ["application/x-msdownload", "text/html", "image/svg+xml"])
def test_types_the_desk_does_not_accept_are_refused(media_type: str) -> None:
    assert refusal("berkas", media_type, b"<svg onload=alert(1)>") is (
        UploadProblem.TYPE_NOT_ALLOWED
    )


@pytest.mark.parametrize(
    ("name", "sent_as"),
    [
        ("foto.PNG", "foto.jpg"),
        ("foto", "foto.jpg"),
        ("scan.final.tiff", "scan.final.jpg"),
        (".png", "lampiran.jpg"),
    ],
)
def test_the_name_gets_the_jpeg_extension(name: str, sent_as: str) -> None:
    small = encoded(Image.new("RGB", (8, 8), RED), "PNG")
    assert prepare_upload(name, "image/png", small, LIMIT).name == sent_as


def test_an_upright_photo_stays_as_it_is_turned() -> None:
    wide = Image.new("RGB", (300, 100), RED)
    result = opened(prepare_upload("lebar.jpg", "image/jpeg", encoded(wide, "JPEG"), LIMIT).data)
    assert result.size == (300, 100)
