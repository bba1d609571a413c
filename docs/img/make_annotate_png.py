"""Draw docs/img/annotate.png: a page of an annotated draft as LibreOffice
renders it, with zgov's comments in the margin.

    .venv/bin/python docs/img/make_annotate_png.py [DRAFT.docx] [PAGE]

1. ``zgov annotate --fix`` writes the reviewed copy;
2. LibreOffice (headless) exports it to PDF with the comments as PDF notes
   (``ExportNotes``) — LibreOffice 7.4 cannot yet put them in the margin
   itself (``ExportNotesInMargin`` came later);
3. ``pdftoppm`` renders the page;
4. each note of that page is drawn in a margin beside it, joined to the
   place LibreOffice put it (its anchor): the text is the comment's, as
   Word/WPS show it in the 审阅 pane.

Needs soffice, pdftoppm (poppler-utils), Pillow and a CJK font (WenQuanYi
or Noto CJK).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FONTS = ["/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
         "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"]
DPI = 110
MARGIN = 560  # px of comment margin
PAD = 14


def run(*cmd: str) -> None:
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)


def wrap(draw, text: str, font, width: int) -> list[str]:
    lines, cur = [], ""
    for ch in text:
        if draw.textlength(cur + ch, font=font) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    return lines + ([cur] if cur else [])


def main() -> None:
    from PIL import Image, ImageDraw, ImageFont
    from pypdf import PdfReader

    draft = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "fixtures/docs/read_tongbao_wrapped.docx"
    page_no = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    font_path = next(f for f in FONTS if Path(f).exists())
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        shutil.copy(draft, tmp / draft.name)
        subprocess.run([sys.executable, "-m", "zgov_cli", "annotate", str(tmp / draft.name), "--fix", "--fail-on", "never"],
                       check=True, cwd=ROOT, capture_output=True)
        copy = tmp / f"{draft.stem}.zgov.docx"
        run("soffice", "--headless", "--norestore", f"-env:UserInstallation={(tmp / 'profile').as_uri()}", "--convert-to",
            'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}', "--outdir", str(tmp), str(copy))
        pdf = tmp / f"{copy.stem}.pdf"
        run("pdftoppm", "-r", str(DPI), "-f", str(page_no), "-l", str(page_no), "-png", "-singlefile", str(pdf), str(tmp / "page"))
        page = Image.open(tmp / "page.png").convert("RGB")
        reader = PdfReader(str(pdf))
        height_pt = float(reader.pages[page_no - 1].mediabox.height)
        notes = []
        for ref in reader.pages[page_no - 1].get("/Annots") or []:
            a = ref.get_object()
            if a["/Subtype"] == "/Text":
                x0, y0, x1, y1 = (float(v) for v in a["/Rect"])
                notes.append(((x0 + x1) / 2 * DPI / 72, (height_pt - (y0 + y1) / 2) * DPI / 72,
                              str(a.get("/T", "")).split(",")[0], str(a.get("/Contents", ""))))
    notes.sort(key=lambda n: n[1])
    img = Image.new("RGB", (page.width + MARGIN, page.height), (236, 236, 236))
    img.paste(page, (0, 0))
    draw = ImageDraw.Draw(img)
    head = ImageFont.truetype(font_path, 17)
    body = ImageFont.truetype(font_path, 16)
    top = 40
    for x, y, author, text in notes:
        lines = wrap(draw, text, body, MARGIN - 3 * PAD)
        h = PAD * 2 + 24 + 22 * len(lines)
        box_top = max(top, int(y) - 20)
        left = page.width + PAD
        draw.line([(x, y), (page.width, y), (left, box_top + 16)], fill=(200, 60, 60), width=2)
        draw.rectangle([x - 9, y - 9, x + 9, y + 9], outline=(200, 60, 60), width=2)
        draw.rounded_rectangle([left, box_top, img.width - PAD, box_top + h], radius=8, fill=(255, 249, 214), outline=(200, 160, 40), width=2)
        draw.text((left + PAD, box_top + PAD - 2), author or "zgov", font=head, fill=(150, 40, 40))
        for k, line in enumerate(lines):
            draw.text((left + PAD, box_top + PAD + 24 + 22 * k), line, font=body, fill=(30, 30, 30))
        top = box_top + h + PAD
    out = ROOT / "docs/img/annotate.png"
    img.save(out, optimize=True)
    print(out, img.size, len(notes), "comments")


if __name__ == "__main__":
    main()
