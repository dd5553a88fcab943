"""Which dropped files the CSV import takes."""
from __future__ import annotations

from app.csvimport.source import looks_like_csv


def droppable_csv(urls) -> list[str]:
    """The local CSV files among dropped URLs (by extension or content; never
    a .vcf, a folder or the open database)."""
    return [url.toLocalFile() for url in urls
            if url.isLocalFile() and looks_like_csv(url.toLocalFile())]
