"""Probe runs kept in the web-archive standard (WARC 1.0, gzip per record, with warcio).

One file per run: a `warcinfo` record, then for every page that answered a `request` and a
`response` record (the status line, the headers and the body as the probe kept it), and last a
`metadata` record holding the run itself as JSON (targets, coverage, every page's outcome and
redirect chain, every item's checks and proposal). Any replay tool shows the pages as the team
saw them; `read_run` gives the run back, bodies included, after the app restarts.

Bodies are stored decoded (the probe un-gzips while reading), so Content-Encoding and
Transfer-Encoding are dropped from the stored headers and Content-Length is the stored size.
"""

from __future__ import annotations

import dataclasses
import io
import json
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from inspector import __version__
from inspector.domain.serialize import format_datetime, from_jsonable
from inspector.errors import InvalidInputError
from inspector.probe.results import FetchedPage, ProbeRun, run_to_dict

RUN_URI = "urn:inspector:probe-run"
MEDIA_TYPE = "application/warc"
_DROP = {"content-encoding", "transfer-encoding", "content-length"}


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def write_run(run: ProbeRun) -> bytes:
    """The run as a gzipped WARC file."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    info = writer.create_warcinfo_record("probe.warc.gz", {
        "software": f"Inspector {__version__}",
        "format": "WARC File Format 1.0",
        "description": f"Live probe of {run.target.url}",
        "isPartOf": run.template_id or "",
    })
    writer.write_record(info)
    for page in run.pages:
        if page.status is None:
            continue  # nothing answered: the metadata record says why
        date = format_datetime(page.fetched_at)
        parts = urlsplit(page.final_url)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        request = StatusAndHeaders(f"GET {target} HTTP/1.1", [("Host", parts.netloc)], is_http_request=True)
        req = writer.create_warc_record(page.final_url, "request", http_headers=request,
                                        warc_headers_dict={"WARC-Date": date})
        headers = [(k, v) for k, v in page.headers if k.lower() not in _DROP]
        headers.append(("Content-Length", str(len(page.body))))
        response = StatusAndHeaders(f"{page.status} {_reason(page.status)}".strip(), headers, protocol="HTTP/1.1")
        resp = writer.create_warc_record(page.final_url, "response", payload=io.BytesIO(page.body),
                                         length=len(page.body), http_headers=response,
                                         warc_headers_dict={"WARC-Date": date})
        writer.write_record(req)
        writer.write_record(resp)
    data = json.dumps(run_to_dict(run), ensure_ascii=False, sort_keys=True).encode("utf-8")
    meta = writer.create_warc_record(RUN_URI, "metadata", payload=io.BytesIO(data), length=len(data),
                                     warc_content_type="application/json",
                                     warc_headers_dict={"WARC-Date": format_datetime(run.started_at)})
    writer.write_record(meta)
    return out.getvalue()


def read_run(data: bytes) -> ProbeRun:
    """The run stored by `write_run`, page bodies included. Raises InvalidInputError for a file
    that is not such a WARC."""
    bodies: dict[str, list[bytes]] = {}
    meta: dict[str, Any] | None = None
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type == "response":
                uri = record.rec_headers.get_header("WARC-Target-URI")
                bodies.setdefault(uri, []).append(record.content_stream().read())
            elif record.rec_type == "metadata" and record.rec_headers.get_header("WARC-Target-URI") == RUN_URI:
                meta = json.loads(record.content_stream().read().decode("utf-8"))
    except Exception as exc:  # noqa: BLE001 - warcio raises many kinds for a damaged file
        raise InvalidInputError("probe run", "WARC", f"not a readable web archive: {exc}") from exc
    if meta is None:
        raise InvalidInputError("probe run", "WARC", "the archive holds no probe run record")
    pages = []
    for entry in meta.pop("pages", []):
        sha = entry.pop("sha256", "")
        entry.pop("size", None)
        entry.pop("body", None)
        page = from_jsonable(FetchedPage, entry)
        body = next((b for b in bodies.get(page.final_url, []) if _sha(b) == sha), b"")
        pages.append(dataclasses.replace(page, body=body))
    run = from_jsonable(ProbeRun, {**meta, "pages": []})
    return dataclasses.replace(run, pages=tuple(pages))


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()
