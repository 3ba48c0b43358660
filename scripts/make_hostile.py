"""Generate the hostile and broken input corpus of issue 7: files that must each fail with a clear reason (or be read
within the limits) without disturbing the rest of a batch.

    python scripts/make_hostile.py OUTDIR [--photo-mb 60] [--pages 2000] [--frames 300]

Every file is small and quick to make (the 2,000-page PDF has tiny blank pages after the first; the 300-page TIFF
has tiny blank frames), except the photo, whose size `--photo-mb` sets (60 MB by default; tests use a few MB and
a lower max_file_mb). The PDFs other than the encrypted ones are written object by object, so each defect is
exactly the one named. Prints one line per file: its name (escaped) and what it is.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

CERTIFICATE = ["Certificate of Completion", "This certifies that", "{name}", "has successfully completed",
               "Ethics in Practice", "1.0 contact hours", "Date of Completion: May 1, 2025",
               "Provided by: Acme Learning Institute"]


def lines_for(name: str) -> list[str]:
    return [line.format(name=name) for line in CERTIFICATE]


# -- PDFs written object by object --------------------------------------------------------------------------------

def pdf_string(text: str) -> bytes:
    return b"(" + text.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def text_stream(lines: list[str]) -> bytes:
    body = b"BT /F1 16 Tf 72 700 Td " + b" 0 -30 Td ".join(pdf_string(line) + b" Tj" for line in lines) + b" ET"
    return stream(body)


def stream(body: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(body), extra) + body + b"\nendstream"


def build_pdf(objects: list[bytes]) -> bytes:
    """A PDF of these objects (numbered from 1; object 1 is the catalog) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
LETTER = b"/MediaBox [0 0 612 792]"


def one_page_pdf(content: bytes, catalog_extra: bytes = b"", page_extra: bytes = b"",
                 more: list[bytes] | None = None) -> bytes:
    """Objects: 1 catalog, 2 page tree, 3 page, 4 font, 5 content, then `more` (6, 7, ...)."""
    return build_pdf([
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R " + LETTER + b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R "
        + page_extra + b">>",
        FONT,
        content,
        *(more or []),
    ])


def text_pdf(name: str) -> bytes:
    return one_page_pdf(text_stream(lines_for(name)))


def broken_xref_pdf() -> bytes:
    """Every cross-reference offset and the startxref pointer wrong: a reader must rebuild the table by scanning."""
    data = text_pdf("Xref Broken")
    head, _, tail = data.partition(b"xref\n")
    entries, _, trailer = tail.partition(b"trailer\n")
    lines = entries.split(b"\n")
    broken = [lines[0], lines[1], *(b"%010d 00000 n " % 999_999 for _ in lines[2:-1]), b""]
    trailer = trailer.rsplit(b"startxref\n", 1)[0] + b"startxref\n123456\n%%EOF\n"
    return head + b"xref\n" + b"\n".join(broken) + b"trailer\n" + trailer


def vector_only_pdf() -> bytes:
    drawing = (b"0.2 0.3 0.8 rg 72 500 468 200 re f 0 0 0 RG 6 w 72 450 m 540 450 l S "
               b"1 0 0 RG 3 w 306 300 m 406 300 406 200 306 200 c 206 200 206 300 306 300 c S")
    return one_page_pdf(stream(drawing))


def active_content_pdf() -> bytes:
    """Text, plus an /OpenAction JavaScript, a form field and an embedded file; a reader must execute nothing."""
    payload = b"#!/bin/sh\necho pwned > /tmp/cecingest-pwned\n"
    js = (b"<< /S /JavaScript /JS (app.launchURL\\('https://example.invalid/'\\); "
          b"this.exportDataObject\\({cName: 'x'}\\);) >>")
    more = [
        js,  # 6
        b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (participant) /V (Jane Form) /Rect [72 100 300 120] /P 3 0 R >>",
        b"<< /Type /Filespec /F (run.sh) /EF << /F 9 0 R >> >>",  # 8
        stream(payload, b"/Type /EmbeddedFile "),  # 9
        b"<< /S /Launch /F (run.sh) >>",  # 10
    ]
    catalog = (b"/OpenAction 6 0 R /AcroForm << /Fields [7 0 R] >> /Names << /JavaScript << /Names [(open) 6 0 R] >> "
               b"/EmbeddedFiles << /Names [(run.sh) 8 0 R] >> >> ")
    return one_page_pdf(text_stream(lines_for("Jane Active")), catalog, b"/Annots [7 0 R] /AA << /O 10 0 R >> ",
                        more)


def many_pages_pdf(pages: int) -> bytes:
    """A certificate on page 1, then tiny blank pages sharing one empty content stream."""
    first = 6
    kids = b" ".join(b"%d 0 R" % (first + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        FONT,
        text_stream(lines_for("Page Many")),
        stream(b""),
        b"<< /Type /Page /Parent 2 0 R " + LETTER + b" /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>",
    ]
    blank = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 36 36] /Contents 5 0 R >>"
    objects += [blank] * (pages - 1)
    return build_pdf(objects)


def encrypted_pdf(user_password: str, name: str) -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, encrypt=StandardEncryption(user_password, ownerPassword="owner-secret"))
    y = 700
    for line in lines_for(name):
        c.setFont("Helvetica", 16)
        c.drawString(72, y, line)
        y -= 30
    c.showPage()
    c.save()
    return buf.getvalue()


# -- images --------------------------------------------------------------------------------------------------------

def certificate_image(name: str) -> Image.Image:
    image = Image.new("L", (1300, 800), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=44)
    for i, line in enumerate(lines_for(name)):
        draw.text((60, 40 + i * 90), line, fill=0, font=font)
    return image


def truncated_jpeg() -> bytes:
    buf = io.BytesIO()
    certificate_image("Cut Short").save(buf, "JPEG", quality=90)
    data = buf.getvalue()
    return data[: len(data) * 3 // 5]


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def bomb_png(side: int = 100_000) -> bytes:
    """A PNG whose header claims side x side pixels (8-bit gray): 10 GB decoded, a few hundred bytes on disk."""
    row = b"\x00" + b"\xff" * side
    data = zlib.compress(row * 4, 9)  # the first rows only; a reader that trusts the header allocates it all
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0))
            + png_chunk(b"IDAT", data) + png_chunk(b"IEND", b""))


def big_photo(megabytes: float, seed: int = 7) -> bytes:
    """A noisy colour JPEG of about `megabytes` MB (noise does not compress, so the size is real)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    sample = io.BytesIO()
    Image.fromarray(rng.integers(0, 256, (256, 256, 3), dtype=np.uint8)).save(sample, "JPEG", quality=95)
    bytes_per_pixel = len(sample.getvalue()) / (256 * 256)
    pixels = megabytes * 1e6 / bytes_per_pixel
    width = int((pixels * 4 / 3) ** 0.5)
    height = int(width * 3 / 4)
    base = np.linspace(40, 215, width, dtype=np.float32)[None, :, None]
    noise = rng.normal(0, 60, (height, width, 3)).astype(np.float32)
    pixels_array = np.clip(base + noise, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels_array, "RGB").save(out, "JPEG", quality=95)
    return out.getvalue()


def many_frames_tiff(frames: int) -> bytes:
    blank = [Image.new("L", (16, 16), 255) for _ in range(frames)]
    out = io.BytesIO()
    blank[0].save(out, "TIFF", save_all=True, append_images=blank[1:])
    return out.getvalue()


# -- the corpus ----------------------------------------------------------------------------------------------------

def corpus(photo_mb: float, pages: int, frames: int) -> dict[bytes, tuple[bytes, str]]:
    """File name (bytes, as some are not UTF-8) -> (content, what it is)."""
    return {
        b"empty.pdf": (b"", "zero-byte file"),
        b"notes.pdf": (b"Minutes of the meeting\nNothing here is a PDF.\n", "plain text named .pdf"),
        b"page.pdf": (b"<!DOCTYPE html><html><body><h1>Certificate</h1></body></html>\n", "HTML named .pdf"),
        b"truncated.pdf": (text_pdf("Cut Off")[:300], "a PDF cut off after 300 bytes"),
        b"broken-xref.pdf": (broken_xref_pdf(), "every cross-reference offset wrong"),
        b"encrypted-password.pdf": (encrypted_pdf("secret", "Locked Out"), "encrypted, user password 'secret'"),
        b"encrypted-empty-password.pdf": (encrypted_pdf("", "Owner Only"), "encrypted, empty user password"),
        b"vector-only.pdf": (vector_only_pdf(), "one page of vector drawings, no text"),
        b"many-pages.pdf": (many_pages_pdf(pages), f"{pages} pages: a certificate, then tiny blank pages"),
        b"active-content.pdf": (active_content_pdf(), "text with JavaScript, a form field, an embedded file"),
        b"truncated.jpg": (truncated_jpeg(), "a JPEG cut off at 60%"),
        b"bomb.png": (bomb_png(), "a PNG claiming 100,000 x 100,000 pixels"),
        b"photo.jpg": (big_photo(photo_mb), f"a noisy {photo_mb:g} MB photo"),
        b"many-frames.tiff": (many_frames_tiff(frames), f"a TIFF of {frames} tiny blank pages"),
        b"name with spaces.pdf": (text_pdf("Space Name"), "a good certificate; spaces in the name"),
        b"new\nline.pdf": (text_pdf("Newline Name"), "a good certificate; a newline in the name"),
        b"-leading-dash.pdf": (text_pdf("Dash Name"), "a good certificate; the name starts with a dash"),
        b"not-utf8-\xff\xfe.pdf": (text_pdf("Bytes Name"), "a good certificate; the name is not UTF-8"),
        b"escape-\x1b[2J.pdf": (text_pdf("Escape Name"), "a good certificate; a terminal escape in the name"),
    }


LINK_NAME = b"link-outside.pdf"
LINK_TARGET = "/etc/passwd"


def write(outdir: Path, photo_mb: float = 60.0, pages: int = 2000, frames: int = 300) -> list[tuple[bytes, str]]:
    outdir.mkdir(parents=True, exist_ok=True)
    made = []
    for name, (data, what) in corpus(photo_mb, pages, frames).items():
        path = os.path.join(os.fsencode(outdir), name)
        with open(path, "wb") as fh:
            fh.write(data)
        made.append((name, what))
    link = os.path.join(os.fsencode(outdir), LINK_NAME)
    if not os.path.lexists(link):
        os.symlink(LINK_TARGET, link)
    made.append((LINK_NAME, f"a symbolic link to {LINK_TARGET}, outside the folder"))
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--photo-mb", type=float, default=60.0, help="size of the big photo in MB [60]")
    parser.add_argument("--pages", type=int, default=2000, help="pages of the long PDF [2000]")
    parser.add_argument("--frames", type=int, default=300, help="frames of the long TIFF [300]")
    parser.add_argument("--seed", type=int, default=7, help=argparse.SUPPRESS)
    args = parser.parse_args()
    random.seed(args.seed)
    for name, what in write(args.outdir, args.photo_mb, args.pages, args.frames):
        print(f"{ascii(name)[2:-1]:32} {what}")


if __name__ == "__main__":
    main()
