"""What may be attached to a complaint: scans, photos and office documents, by content."""

from __future__ import annotations

DEFAULT_MAX_ATTACHMENT_MB = 20
MAX_ATTACHMENTS_PER_COMPLAINT = 20

IMAGE_TYPES = frozenset(
    {"image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff", "image/bmp", "image/heic"}
)
DOCUMENT_TYPES = frozenset(
    {
        "application/pdf",
        "application/rtf",
        "application/msword",
        "application/vnd.ms-excel",
        "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.presentation",
    }
)
ALLOWED_MEDIA_TYPES = IMAGE_TYPES | DOCUMENT_TYPES


def is_allowed_media_type(media_type: str | None) -> bool:
    return media_type in ALLOWED_MEDIA_TYPES
