"""Bounded access to zip containers (docx) and hardened XML parsing.

Everything here runs BEFORE any XML is parsed: the central directory is
checked against :class:`~zgov_cli.config.ReadLimits` (total inflated size,
absurd compression ratios), and each member we need is inflated in chunks
with a byte cap, so a zip bomb is refused in milliseconds with bounded
memory. ``zipfile`` never returns more than the size declared in the central
directory (a lying header ends in a CRC error, not in gigabytes), and that
declared size is what we check.
"""
from __future__ import annotations

import io
import zipfile

from ..model import ReadError

# A member whose declared size is above this AND whose ratio is absurd is a bomb.
BOMB_RATIO = 200
BOMB_MIN_BYTES = 10 * 1024 * 1024
MAX_MEMBERS = 20_000
CHUNK = 1 << 20

CORRUPT_MSG = "文件已损坏或不完整（不是有效的 Word 文档压缩包），请用 Word/WPS 打开确认后重新保存或重新导出。"


def read_capped(path: str, limits) -> bytes:
    """The whole file, refusing more than ``limits.max_file_mb`` (never
    pre-allocates the cap: ``f.read(n)`` would)."""
    import os

    cap = limits.max_file_mb * 1024 * 1024
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if size > cap:
            raise ReadError("too_large", f"文件大小 {size / 1048576:.0f} MB，超过上限 {limits.max_file_mb} MB（可在配置 [read] max-file-mb 调整）。")
        data = f.read(size + 1)
    if len(data) > cap:
        raise ReadError("too_large", f"文件超过上限 {limits.max_file_mb} MB。")
    return data


def read_input(path: str, limits) -> bytes:
    """The bytes of an input document for a reader: ``not_found`` when it
    cannot be opened, ``empty`` when it has none, ``too_large`` over the cap."""
    try:
        data = read_capped(path, limits)
    except OSError as e:
        raise ReadError("not_found", f"无法读取文件（{e.strerror}）。") from None
    if not data:
        raise ReadError("empty", "文件是空的（0 字节），可能没有保存成功，请重新保存后再检查。")
    return data


def guarded(read, *args, memory_msg: str, corrupt_msg: str, deep_kind: str = "corrupt",
            deep_msg: str | None = None):
    """``read(*args)`` with every failure on hostile bytes said as a
    ReadError: its own ReadErrors as they are, memory as ``too_large``, too
    deep a structure as ``deep_kind``, anything else as a broken file."""
    try:
        return read(*args)
    except ReadError:
        raise
    except MemoryError:
        raise ReadError("too_large", memory_msg) from None
    except RecursionError:
        raise ReadError(deep_kind, deep_msg or corrupt_msg) from None
    except Exception:
        raise ReadError("corrupt", corrupt_msg) from None


def too_large(msg: str) -> ReadError:
    return ReadError("too_large", msg)


def open_zip(data: bytes, max_inflated_mb: int) -> zipfile.ZipFile:
    """Open ``data`` as a zip and vet its directory; raise ReadError."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError, IndexError, KeyError):
        raise ReadError("corrupt", CORRUPT_MSG) from None
    except Exception:  # struct.error, odd zipfile internals: still a broken file
        raise ReadError("corrupt", CORRUPT_MSG) from None
    if len(infos) > MAX_MEMBERS:
        raise too_large(f"压缩包内文件数 {len(infos)} 过多，不像正常的 Word 文档，已拒绝读取。")
    cap = max_inflated_mb * 1024 * 1024
    total = 0
    for info in infos:
        size = max(int(info.file_size), 0)
        total += size
        comp = max(int(info.compress_size), 1)
        if size > BOMB_MIN_BYTES and size / comp > BOMB_RATIO:
            raise too_large(
                f"文档内部文件 {info.filename[:60]} 解压后达 {size / 1048576:.0f} MB（压缩比 {size // comp}:1），"
                "疑似“压缩炸弹”，已拒绝读取。"
            )
    if total > cap:
        raise too_large(
            f"文档解压后共 {total / 1048576:.0f} MB，超过上限 {max_inflated_mb} MB"
            "（可在配置 [read] max-inflated-mb 调整）。"
        )
    return zf


def read_member(zf: zipfile.ZipFile, name: str, cap_bytes: int) -> bytes:
    """Inflate one member in chunks, refusing more than ``cap_bytes``."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise ReadError("corrupt", CORRUPT_MSG) from None
    if info.flag_bits & 0x1:
        raise ReadError("encrypted", "文档已加密（有打开密码），请先在 Word/WPS 中解除密码保护后再检查。")
    if info.file_size > cap_bytes:
        raise too_large(f"文档内部文件 {name} 解压后 {info.file_size / 1048576:.0f} MB，超过上限，已拒绝读取。")
    parts: list[bytes] = []
    got = 0
    try:
        with zf.open(info) as f:
            while True:
                chunk = f.read(CHUNK)
                if not chunk:
                    break
                got += len(chunk)
                if got > cap_bytes:
                    raise too_large(f"文档内部文件 {name} 解压后超过上限，已拒绝读取。")
                parts.append(chunk)
    except ReadError:
        raise
    except NotImplementedError:
        raise ReadError("corrupt", "文档使用了不支持的压缩方式，请用 Word/WPS 重新保存为 .docx 后再检查。") from None
    except RuntimeError:  # zipfile: encrypted member / password required
        raise ReadError("encrypted", "文档已加密（有打开密码），请先在 Word/WPS 中解除密码保护后再检查。") from None
    except Exception:  # BadZipFile (CRC, truncated), zlib.error, EOFError, OSError ...
        raise ReadError("corrupt", CORRUPT_MSG) from None
    return b"".join(parts)


# Parts that documents of a batch share byte for byte (a template's 350 KB
# styles.xml): the last few inflated, keyed by everything zipfile reads to
# inflate and check them — the local header and compressed bytes, and the
# central directory's name, method, flags, sizes and CRC.
_SHARED: list[tuple[tuple, bytes, bytes]] = []
_SHARED_MAX = 4


def _stored(data: bytes, info: zipfile.ZipInfo) -> bytes | None:
    """The local header and compressed bytes of ``info`` in ``data``, or None
    when they are not where the directory says."""
    import struct

    off = info.header_offset
    head = data[off:off + 30]
    if len(head) < 30 or head[:4] != b"PK\x03\x04":
        return None
    n, m = struct.unpack("<HH", head[26:30])
    end = off + 30 + n + m + info.compress_size
    return data[off:end] if end <= len(data) else None


def read_member_shared(zf: zipfile.ZipFile, data: bytes, name: str, cap_bytes: int) -> bytes:
    """:func:`read_member` for a part many documents carry unchanged: when
    its stored bytes and directory entry equal those of a part inflated
    before, that part's bytes are returned without inflating again
    (inflating is deterministic, and zipfile's checks would see the same
    header, sizes and CRC); anything else is read as usual."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return read_member(zf, name, cap_bytes)
    if info.flag_bits & 0x1 or info.file_size > cap_bytes:
        return read_member(zf, name, cap_bytes)
    stored = _stored(data, info)
    if stored is None:
        return read_member(zf, name, cap_bytes)
    key = (info.filename, info.compress_type, info.flag_bits, info.CRC, info.file_size, info.compress_size)
    for k, (kk, st, out) in enumerate(_SHARED):
        if kk == key and st == stored:
            if k:
                _SHARED.insert(0, _SHARED.pop(k))
            return out
    out = read_member(zf, name, cap_bytes)
    _SHARED.insert(0, (key, stored, out))
    del _SHARED[_SHARED_MAX:]
    return out


_DTD_MARKERS = (
    b"<!DOCTYPE",
    b"<!ENTITY",
    "<!DOCTYPE".encode("utf-16-le"),
    "<!ENTITY".encode("utf-16-le"),
    "<!DOCTYPE".encode("utf-16-be"),
    "<!ENTITY".encode("utf-16-be"),
)


def refuse_dtd(data: bytes, part: str) -> None:
    """ReadError when ``data`` carries a DOCTYPE or ENTITY declaration (in
    UTF-8, UTF-16 LE or BE). A part without any ``!`` byte cannot (one
    memchr pass over the part, not three substring searches)."""
    if b"!" not in data:
        return
    if (b"<!" in data or b"<\x00!" in data or b"\x00<\x00!" in data) and any(m in data for m in _DTD_MARKERS):
        raise ReadError("corrupt", f"文档内部文件 {part} 含有 DTD/实体声明，不是正常的 Word 文档，已拒绝读取（安全原因）。")


_PARSER = None


def _parser():
    global _PARSER
    if _PARSER is None:
        from lxml import etree

        _PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                                  load_dtd=False, dtd_validation=False)
    return _PARSER


def parse_xml(data: bytes, part: str):
    """Parse an OOXML part with a parser that cannot expand entities or fetch
    anything. OOXML parts never carry a DTD, so any DOCTYPE/ENTITY is refused
    outright (billion laughs, XXE)."""
    from lxml import etree

    refuse_dtd(data, part)
    # a plain lxml parser (no python-docx element classes: several times
    # faster on a 350 KB styles.xml): entities never resolved, no network,
    # lxml's huge_tree limits on; the zip was vetted above and DTDs refused.
    parser = _parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        if "depth" in str(e).lower() or "nest" in str(e).lower():
            raise ReadError("too_large", f"文档内部文件 {part} 嵌套层次过深（如表格层层嵌套），无法读取。") from None
        raise ReadError("corrupt", f"文档内部文件 {part} 已损坏（XML 格式错误），请用 Word/WPS 打开后重新保存。") from None
    except Exception:
        raise ReadError("corrupt", f"文档内部文件 {part} 已损坏，请用 Word/WPS 打开后重新保存。") from None
    if root is None:
        raise ReadError("corrupt", f"文档内部文件 {part} 是空的，请重新保存。")
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise ReadError("corrupt", f"文档内部文件 {part} 含有 DTD 声明，已拒绝读取（安全原因）。")
    return root
